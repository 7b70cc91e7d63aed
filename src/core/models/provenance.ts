// Who ran a result: its evaluator's relationship with the model's developer, in Every Eval Ever's
// words (`third_party`, `first_party`, `collaborative`, `other`), as a table, its details and the
// suite's heading say it. Apart from result-facets.ts: the table needs only these.
import type { Hub } from '../hub.js';
import type { Result } from '../types.js';

/** A relationship as a phrase: "third-party evaluation", "self-reported by the model's developer". */
export function relationshipText(relationship: string): string {
  switch (relationship) {
    case 'third_party':
      return 'third-party evaluation';
    case 'first_party':
      return 'self-reported by the model’s developer';
    case 'collaborative':
      return 'evaluated with the model’s developer';
    default:
      return relationship.replace(/_/g, ' ');
  }
}

/** Who reported the result: its own `evaluator_relationship`, else its suite's; undefined when neither says. */
export function resultRelationship(hub: Hub, result: Result): string | undefined {
  const own = result.evaluator_relationship;
  if (typeof own === 'string' && own.trim()) return own.trim();
  const suite = hub.benchmark(result.benchmark).suite;
  return (suite && hub.suite(suite)?.evaluator_relationship) || undefined;
}
