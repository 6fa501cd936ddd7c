/** `brief schema`: print the JSON Schema of the Review, generated from the zod schema. */
import type { CommandModule } from 'yargs';

export const schemaCommand: CommandModule = {
  command: 'schema',
  describe: 'Print the JSON Schema of the Review (brief.review/1)',
  builder: (y) => y.example('$0 schema > review.schema.json', 'save the schema for your editor'),
  handler: async () => {
    const { reviewJsonSchema } = await import('../../model/review.js');
    process.stdout.write(`${JSON.stringify(reviewJsonSchema(), null, 2)}\n`);
  },
};
