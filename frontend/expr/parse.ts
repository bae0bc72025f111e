/**
 * The parser front end, step for step the same as Java's org.oneform.forms.expr.internal.Parsing:
 * lex everything and report the first error token; parse with ANTLR's bail-out strategy (the first
 * syntax error wins); build the tree, checking function names and argument counts left to right.
 */
import {
  BailErrorStrategy,
  CharStreams,
  CommonTokenStream,
  Parser,
  ParserRuleContext,
  RecognitionException,
  TerminalNode,
  Token,
} from 'antlr4';
import ExprLexer from './generated/ExprLexer.js';
import ExprParser, {
  CallContext,
  ExpressionContext,
  PrimaryContext,
  UnaryContext,
} from './generated/ExprParser.js';
import { type Node, opOfToken } from './ast.js';
import { ExpressionException } from './errors.js';
import { lookupFunction, arity } from './functions.js';

/** Remembers the first recognition error: the JavaScript runtime's ParseCancellationException drops it. */
class FirstErrorStrategy extends BailErrorStrategy {
  first: RecognitionException | null = null;

  override recover(recognizer: Parser, e: RecognitionException): void {
    this.first ??= e;
    super.recover(recognizer, e);
  }
}

export function parseTree(source: string): Node {
  const lexer = new ExprLexer(CharStreams.fromString(source));
  lexer.removeErrorListeners();
  const tokens = new CommonTokenStream(lexer);
  tokens.fill();
  for (const token of tokens.tokens) checkLexical(token);
  const parser = new ExprParser(tokens);
  parser.removeErrorListeners();
  const strategy = new FirstErrorStrategy();
  parser._errHandler = strategy;
  let tree: ExpressionContext;
  try {
    tree = parser.expression();
  } catch (e) {
    if (strategy.first) throw syntaxError(strategy.first);
    throw e;
  }
  return build(tree.orExpr());
}

function checkLexical(token: Token): void {
  const text = token.text ?? '';
  const at = token.start;
  switch (token.type) {
    case ExprLexer.UNTERMINATED_STRING:
      throw new ExpressionException(at, 'unterminated-string', 'unterminated string');
    case ExprLexer.BAD_FIELD:
      throw new ExpressionException(at, 'invalid-field-reference', `invalid field reference ${text}`);
    case ExprLexer.ERROR_CHAR:
      throw new ExpressionException(at, 'unexpected-character', `unexpected character '${text}'`);
  }
}

interface Expecting {
  getExpectedTokens(): { intervals?: { start: number; stop: number }[] } | null;
}

function syntaxError(e: RecognitionException): ExpressionException {
  const token = e.offendingToken as Token;
  const intervals = (e as unknown as Expecting).getExpectedTokens()?.intervals ?? [];
  // JavaScript intervals are [start, stop): exactly one expected token type
  const only = intervals.length === 1 && intervals[0].stop - intervals[0].start === 1 ? intervals[0].start : null;
  const expectedOne = only !== null && only !== Token.EOF ? displayName(only) : null;
  if (token.type === Token.EOF) {
    return new ExpressionException(token.start, 'unexpected-end', expectedOne ? `expected ${expectedOne}` : 'unexpected end of expression');
  }
  // after a complete operand many tokens may follow, and ANTLR names only the last alternative: don't guess
  return new ExpressionException(token.start, 'unexpected-token', `unexpected '${token.text}'`);
}

function displayName(type: number): string {
  return ExprParser.literalNames[type] ?? ExprParser.symbolicNames[type] ?? String(type);
}

/** Parse tree → Node; mirrors AstBuilder.java. */
function build(ctx: ParserRuleContext): Node {
  if (ctx instanceof UnaryContext) return buildUnary(ctx);
  if (ctx instanceof PrimaryContext) return buildPrimary(ctx);
  if (ctx instanceof CallContext) return buildCall(ctx);
  // orExpr, andExpr, eqExpr, relExpr, addExpr, mulExpr: operand (op operand)*
  const children = ctx.children ?? [];
  let left = build(children[0] as ParserRuleContext);
  for (let i = 1; i < children.length; i += 2) {
    const op = (children[i] as TerminalNode).symbol;
    const right = build(children[i + 1] as ParserRuleContext);
    left = { kind: 'binary', op: opOfToken(op.text), left, right, position: op.start };
  }
  return left;
}

function buildUnary(ctx: UnaryContext): Node {
  const minus = ctx.MINUS();
  if (minus) return { kind: 'negate', operand: build(ctx.unary()), position: minus.symbol.start };
  return build(ctx.primary());
}

function buildPrimary(ctx: PrimaryContext): Node {
  const inner = ctx.orExpr();
  if (inner) return build(inner);
  const call = ctx.call();
  if (call) return build(call);
  const token = (ctx.getChild(0) as TerminalNode).symbol;
  const text = token.text;
  const position = token.start;
  switch (token.type) {
    case ExprParser.NUMBER:
      return { kind: 'number', value: Number(text), text, position };
    case ExprParser.STRING:
      return { kind: 'string', value: text.slice(1, -1), position };
    case ExprParser.FIELD:
      return { kind: 'field', id: text.slice(2, -1), position };
    case ExprParser.DOT:
      return { kind: 'current', position };
    default:
      throw new Error(`unexpected primary ${text}`);
  }
}

function buildCall(ctx: CallContext): Node {
  const nameToken = ctx.NAME().symbol;
  const name = nameToken.text;
  const position = nameToken.start;
  const fn = lookupFunction(name);
  if (!fn) throw new ExpressionException(position, 'unknown-function', `unknown function '${name}'`);
  const args = ctx.orExpr_list().map((a) => build(a));
  if (args.length < fn.min || args.length > fn.max) {
    throw new ExpressionException(position, 'wrong-argument-count', `${name}() takes ${arity(fn)}, not ${args.length}`);
  }
  return { kind: 'call', name, args, position };
}
