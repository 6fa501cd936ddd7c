/** Locations of the package's own data, resolved from this module (works from src/ and dist/). */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The package root: the folder holding package.json, templates/ and src/data/. */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const dataDir = path.join(packageRoot, 'src', 'data');
export const lexiconDir = path.join(packageRoot, 'src', 'extract', 'lexicons');
export const templatesDir = path.join(packageRoot, 'templates');
