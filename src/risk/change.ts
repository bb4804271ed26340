// The risk of one run, end to end: the facts the run recorded for every document, the SBOM and
// its vulnerabilities when a database is given, then the risk model. Used by `policy check` and
// `policy risk`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DocumentFacts } from '../engine/run.js';
import type { Finding } from '../findings/finding.js';
import { buildSbom } from '../sbom/index.js';
import { componentsOf, findVulnerabilities, withVulnerabilities, type FeedSummary, type SbomComponent, type VulnInputs, type VulnScan } from '../vuln/index.js';
import { DEFAULT_RISK_CONFIG, loadRiskConfig } from './config.js';
import { assessRisk, type ChangeRisk, type RiskItem } from './index.js';
import { resourcesOf, type ResourceFacts } from './resources.js';

export interface ChangeInputs {
  cwd: string;
  /** The paths checked, as given (`-` for stdin). */
  paths: string[];
  /** Every document's facts, as the run recorded them. */
  index: readonly DocumentFacts[];
  /** Every finding of the run, suppressed ones included. */
  findings: readonly Finding[];
  /** Match the SBOM of the paths against this database (and feeds). */
  vuln?: VulnInputs;
  /** Read the components from this CycloneDX SBOM instead of building one. */
  sbom?: string;
  /** A risk config file (YAML or JSON) over the defaults. */
  riskConfig?: string;
  tool: { name: string; version: string };
}

export interface VulnerabilitySummary {
  /** Each vulnerability that counts, scored. */
  items: RiskItem[];
  database: VulnScan['database'];
  feeds: FeedSummary;
  components: VulnScan['components'];
  /** Vulnerabilities found (aliases merged), and those VEX leaves in the risk. */
  total: number;
  counted: number;
  /** Component/record pairs that could not be decided, with why. */
  undecided: VulnScan['undecided'];
  severityProblems: string[];
  milliseconds: number;
  list: VulnScan['vulnerabilities'];
}

/**
 * The `risk` object of `--format json`: the change risk without the score of every single finding
 * (a large run has hundreds of thousands): its contributors, compounds and vulnerabilities in full.
 */
export interface RiskReport extends Omit<ChangeRisk, 'items'> {
  model: string;
  /** Every compound weakness, with its parts. */
  compounds: RiskItem[];
  vulnerabilities?: VulnerabilitySummary;
  /** Limits of this assessment worth knowing (files whose facts could not be read again...). */
  notes: string[];
}

export interface ChangeAssessment {
  report: RiskReport;
  /** The SBOM with its vulnerabilities section, when vulnerabilities were matched. */
  sbom?: Record<string, unknown>;
  /** Inputs that could not be used: the gate fails closed on them as on any input error. */
  errors: { file: string; line?: number; message: string }[];
}

export const RISK_MODEL = 'policygate-risk/1';

function readFacts(inputs: ChangeInputs, keys: readonly string[], paths: boolean): ResourceFacts[] {
  return inputs.index.flatMap((document) => resourcesOf(document, keys, paths));
}

async function components(inputs: ChangeInputs, errors: ChangeAssessment['errors']): Promise<{ bom: Record<string, unknown>; components: SbomComponent[] }> {
  if (inputs.sbom !== undefined) {
    const file = resolve(inputs.cwd, inputs.sbom);
    let bom: unknown;
    try {
      bom = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      errors.push({ file: inputs.sbom, message: `cannot read the SBOM: ${(error as Error).message}` });
      return { bom: {}, components: [] };
    }
    const record = bom && typeof bom === 'object' && !Array.isArray(bom) ? (bom as Record<string, unknown>) : {};
    if (record['bomFormat'] !== 'CycloneDX') errors.push({ file: inputs.sbom, message: 'not a CycloneDX JSON SBOM' });
    return { bom: record, components: componentsOf(record) };
  }
  const built = await buildSbom(
    inputs.paths.filter((path) => path !== '-'),
    { cwd: inputs.cwd, format: 'json', reproducible: true, tool: inputs.tool },
  );
  errors.push(...built.errors);
  const bom = JSON.parse(built.bom) as Record<string, unknown>;
  return { bom, components: componentsOf(bom) };
}

function toReport({ items, ...risk }: ChangeRisk, notes: string[]): RiskReport {
  return { model: RISK_MODEL, ...risk, compounds: items.filter((item) => item.kind === 'compound'), notes };
}

export async function assessChange(inputs: ChangeInputs): Promise<ChangeAssessment> {
  const config = inputs.riskConfig !== undefined ? loadRiskConfig(resolve(inputs.cwd, inputs.riskConfig), inputs.riskConfig) : DEFAULT_RISK_CONFIG;
  const notes: string[] = [];
  const errors: ChangeAssessment['errors'] = [];
  const resources = readFacts(inputs, config.keys, config.paths);
  if (!inputs.vuln) return { report: toReport(assessRisk({ findings: inputs.findings, resources, config }), notes), errors };
  const { bom, components: list } = await components(inputs, errors);
  const scan = findVulnerabilities(list, inputs.vuln, inputs.cwd);
  errors.push(...scan.database.problems.map((problem) => ({ file: problem.source, message: `vulnerability database: ${problem.message}` })));
  if (scan.undecided.length) notes.push(`${scan.undecided.length} component/advisory pair(s) could not be decided (versions outside the ecosystem's order): listed under vulnerabilities.undecided`);
  const risk = assessRisk({ findings: inputs.findings, resources, vulnerabilities: scan.vulnerabilities, components: list, config });
  return {
    report: {
      ...toReport(risk, notes),
      vulnerabilities: {
        items: risk.items.filter((item) => item.kind === 'vulnerability'),
        database: scan.database,
        feeds: scan.feeds,
        components: scan.components,
        total: scan.vulnerabilities.length,
        counted: scan.vulnerabilities.filter((vulnerability) => vulnerability.counted).length,
        undecided: scan.undecided,
        severityProblems: scan.severityProblems,
        milliseconds: scan.milliseconds,
        list: scan.vulnerabilities,
      },
    },
    sbom: withVulnerabilities(bom, scan.vulnerabilities),
    errors,
  };
}
