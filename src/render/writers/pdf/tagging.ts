/** Tagged-PDF support: a tree of structure roles built during layout, turned into PDFKit structure elements as content is drawn. */

/** A node of the logical structure (Document, H1, P, Table, TD…); its PDF element is created when its first content is drawn. */
export class TagNode {
  element: PDFKit.PDFStructureElement | null = null;

  constructor(
    readonly role: string,
    readonly parent: TagNode | null,
    readonly options: PDFKit.Mixins.StructureElementOptions = {},
  ) {}
}

/**
 * Marks drawn content as structure content (tagged mode) or does nothing but draw (untagged mode). Every drawing
 * goes through it, so a layout pass that only needs to know where things fall can skip drawing here (`draws: false`).
 */
export class Tagger {
  /** The `Document` element every other node hangs from. */
  readonly root = new TagNode('Document', null);

  constructor(private readonly pdf: PDFKit.PDFDocument, readonly enabled: boolean, private readonly draws = true) {}

  /** A child structure node of `parent` (the document root by default). */
  node(role: string, parent: TagNode | null = this.root, options: PDFKit.Mixins.StructureElementOptions = {}): TagNode {
    return new TagNode(role, parent, options);
  }

  /** Draws with `draw`, marking the output as content of `tag`, or as an artifact when `tag` is null. */
  content(tag: TagNode | null, draw: () => void): void {
    if (!this.draws) return;
    if (!this.enabled) return draw();
    if (tag === null) return this.artifact(draw);
    const element = this.elementOf(tag);
    const content = this.pdf.markStructureContent(tag.role);
    draw();
    this.pdf.endMarkedContent();
    element.add(content);
  }

  /** Draws with `draw`, marking the output as an artifact (borders, rules, repeated headers, page furniture). */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    if (!this.draws) return;
    if (!this.enabled) return draw();
    this.pdf.markContent('Artifact', type === undefined ? undefined : { type });
    draw();
    this.pdf.endMarkedContent();
  }

  /** Closes the structure tree; call once, after all content is drawn. */
  finish(): void {
    if (this.enabled && this.root.element !== null) this.root.element.end();
  }

  private elementOf(tag: TagNode): PDFKit.PDFStructureElement {
    if (tag.element !== null) return tag.element;
    const element = this.pdf.struct(tag.role, tag.options);
    tag.element = element;
    if (tag.parent === null) this.pdf.addStructure(element);
    else this.elementOf(tag.parent).add(element);
    return element;
  }
}
