/** The syntax tree; mirrors org.oneform.forms.expr.internal.Node. `position` is where the node's own token starts. */
export type Op = 'or' | 'and' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | 'div' | 'mod';

export type Node =
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly position: number }
  | { readonly kind: 'string'; readonly value: string; readonly position: number }
  | { readonly kind: 'field'; readonly id: string; readonly position: number }
  | { readonly kind: 'current'; readonly position: number }
  | { readonly kind: 'negate'; readonly operand: Node; readonly position: number }
  | { readonly kind: 'binary'; readonly op: Op; readonly left: Node; readonly right: Node; readonly position: number }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Node[]; readonly position: number };

/** Where a node's source text starts (a binary node starts with its left operand). */
export function start(node: Node): number {
  return node.kind === 'binary' ? start(node.left) : node.position;
}

/** `/` is `div`. */
export function opOfToken(text: string): Op {
  return text === '/' ? 'div' : (text as Op);
}
