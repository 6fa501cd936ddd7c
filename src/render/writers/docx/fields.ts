/** Raw WordprocessingML pieces docx has no public class for: complex-field characters and numbered bookmarks. */
import { BookmarkEnd, BookmarkStart, BuilderElement, TextRun, XmlComponent, type ParagraphChild } from 'docx';

/** `w:instrText`: a field's instruction, written as escaped text by docx's serializer. */
class InstructionText extends XmlComponent {
  constructor(instruction: string) {
    super('w:instrText');
    this.root.push({ _attr: { 'xml:space': 'preserve' } }, instruction);
  }
}

function fieldChar(type: 'begin' | 'separate' | 'end'): XmlComponent {
  return new BuilderElement<{ type: string }>({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });
}

/** The run opening a complex field: begin, instruction, separate. Its cached result follows, then `fieldEnd()`. */
export function fieldBegin(instruction: string): TextRun {
  return new TextRun({ children: [fieldChar('begin'), new InstructionText(` ${instruction} `), fieldChar('separate')] });
}

/** The run closing a complex field. */
export function fieldEnd(): TextRun {
  return new TextRun({ children: [fieldChar('end')] });
}

/**
 * A bookmark's start and end with an id of the caller's. docx's `Bookmark` takes ids from a counter global to the
 * process, which would make two renderings of one document differ; these elements are valid paragraph content,
 * though docx's `ParagraphChild` type doesn't list them.
 */
export function bookmarkAround(name: string, id: number, children: readonly ParagraphChild[]): ParagraphChild[] {
  const start = new BookmarkStart(name, id) as unknown as ParagraphChild;
  const end = new BookmarkEnd(id) as unknown as ParagraphChild;
  return [start, ...children, end];
}
