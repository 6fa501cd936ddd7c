/**
 * The parts of the package docx writes for a document, before they are zipped. `Packer` deflates every part, which
 * would be undone and done again to make the package reproducible; docx's compiler, whose output it zips, gives the
 * parts directly. The compiler isn't docx's public API: where it isn't there or gives something else, as another
 * version of docx might, the parts are unzipped from what `Packer` gives.
 */
import { Packer, type Document } from 'docx';
import { z } from 'zod';
import { readPackage, type PackageParts } from './package.js';

/** What of docx's compiler is used: `compile`, called as a method of it. */
interface DocxCompiler {
  compile(document: Document): unknown;
}

const CompilerSchema = z.custom<DocxCompiler>(
  (value) => typeof value === 'object' && value !== null && typeof Reflect.get(value, 'compile') === 'function',
);

const PartsSchema = z.map(z.string(), z.union([z.string(), z.instanceof(Uint8Array)]));

/** The package's parts by name: XML parts as text, the others as bytes. */
export async function packageParts(document: Document): Promise<PackageParts> {
  const compiler = CompilerSchema.safeParse(Reflect.get(Packer, 'compiler'));
  if (compiler.success) {
    const parts = PartsSchema.safeParse(compiler.data.compile(document));
    if (parts.success) return parts.data;
  }
  return readPackage(new Uint8Array(await Packer.toArrayBuffer(document)));
}
