/**
 * `npm run extract -- DIR [--base /path/] [--blocks]`: runs the pipeline alone over a folder of
 * reports. Prints the open-data JSON (`statements.json`) on stdout; problems and the
 * extraction summary on stderr. Exit code 1 when any report is invalid, 2 on a usage error.
 * `--blocks` prints each report's numbered blocks instead (for writing `block:` corrections).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../lib/errors';
import { toStatementsJson } from '../lib/export/toStatementsJson';
import { buildCorpus } from '../lib/pipeline/buildCorpus';
import { listReportFiles } from '../lib/pipeline/listReportFiles';
import { projectExtractor } from '../lib/pipeline/projectExtractor';
import { formatSummary } from '../lib/pipeline/summarise';
import { readReport } from '../lib/report/readReport';

const USAGE = 'usage: npm run extract -- DIR [--base /three-capitals/] [--blocks]';

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { base: { type: 'string' }, blocks: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dirArg = parsed.positionals[0] ?? process.env['CONTENT_DIR'];
  if (!dirArg || parsed.positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const dir = resolve(dirArg);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`extract: "${dirArg}" is not a folder\n${USAGE}\n`);
    return 2;
  }

  if (parsed.values.blocks) {
    for (const file of listReportFiles(dir)) {
      const { lexed } = readReport(file, readFileSync(join(dir, file)));
      process.stdout.write(`${file}\n`);
      for (const b of lexed?.blocks ?? []) process.stdout.write(`  ${String(b.index).padStart(3)}  line ${String(b.line).padEnd(5)} ${b.kind.padEnd(9)} ${b.text.slice(0, 100)}\n`);
    }
  }

  const corpus = buildCorpus(dir, { extract: projectExtractor });
  if (!parsed.values.blocks) {
    const base = parsed.values.base ?? process.env['BASE_PATH'] ?? '/';
    process.stdout.write(`${JSON.stringify(toStatementsJson(corpus, base), null, 2)}\n`);
  }
  process.stderr.write(`${formatSummary(corpus.summary)}\n`);
  if (corpus.problems.length > 0) {
    process.stderr.write(`\n${corpus.problems.length} problem${corpus.problems.length === 1 ? '' : 's'}:\n${corpus.problems.map(formatProblem).join('\n')}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
