/** Build step (after tsc): write dist/yaml-cache.json, the parsed lexicons and data files. */
import { writeYamlCache } from './yaml-cache.js';

writeYamlCache();
