// Every output format, by name: one place that --format, --output and the config's outputs use.
import type { RuleMeta } from '../findings/finding.js';
import type { CheckedFile } from '../gate/evaluate.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './model.js';
import { renderSarif } from './sarif.js';
import { renderText } from './text.js';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderContext {
  /** The rules that ran (SARIF describes each, JUnit lists a test per rule and file). */
  rules: readonly RuleMeta[];
  /** The input files checked, with their kind. */
  checked: readonly CheckedFile[];
  color: boolean;
  /** The text of a reported file, for the HTML report's snippets (none without it). */
  readSource?: (file: string) => string | undefined;
  /** A parsed CycloneDX JSON SBOM whose components and vulnerabilities the HTML report lists. */
  sbom?: unknown;
}

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

export function render(format: ReportFormat, report: Report, context: RenderContext): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: context.color });
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, context.rules);
    case 'junit':
      return renderJunit(report, context.rules, context.checked);
    case 'markdown':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report, context);
  }
}
