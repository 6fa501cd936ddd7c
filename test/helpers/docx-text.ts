/** Read a DOCX back as a reader's tool would: unzip it and take the text of word/document.xml. */
import JSZip from 'jszip';

export async function docxXml(bytes: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} not in the DOCX`);
  return file.async('string');
}

/** The visible text of a WordprocessingML part: the w:t runs, paragraphs on their own lines. */
export function xmlText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, '\u0001$1\u0002')
    .replace(/[^\u0001\u0002\n]*\u0001([^\u0002]*)\u0002/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
