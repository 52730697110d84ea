import type { ValidationIssue } from '../openapi/spec-validator';

/** The last token of an issue's field (a parameter name or a JSON Pointer into the body). */
function fieldName(issue: ValidationIssue): string {
  return issue.field.split('/').at(-1) ?? '';
}

const RULES: readonly { code: number; matches: (issue: ValidationIssue, name: string) => boolean }[] = [
  { code: 4013, matches: (issue, name) => name === 'tracking_number' && issue.keyword === 'required' },
  { code: 4014, matches: (_issue, name) => name === 'tracking_number' },
  { code: 4015, matches: (_issue, name) => name === 'carrier_code' || name === 'update_carrier_code' },
  // UNCONFIRMED: which endpoints answer 4020 ("Up to 200 at a time") is not documented; the sandbox uses it
  // for every over-long list (batch-style bodies, AWB lists, the `numbers` / `orders` filters).
  {
    code: 4020,
    matches: (issue, name) =>
      issue.keyword === 'maxItems' || (issue.where === 'query' && ['numbers', 'orders'].includes(name)),
  },
  { code: 4033, matches: (_issue, name) => name === 'status' },
];

/** The documented meta code for a request the spec rejects; 4012 when no specific code fits. */
export function metaCodeForIssues(issues: readonly ValidationIssue[]): number {
  for (const rule of RULES) {
    if (issues.some((issue) => rule.matches(issue, fieldName(issue)))) return rule.code;
  }
  return 4012;
}
