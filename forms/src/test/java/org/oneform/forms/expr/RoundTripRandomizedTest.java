package org.oneform.forms.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.oneform.forms.expr.internal.Functions;
import org.oneform.forms.expr.internal.Node;
import org.oneform.forms.expr.internal.Op;
import org.oneform.forms.expr.internal.Parsing;
import org.oneform.forms.expr.internal.Printer;

/**
 * Random trees → print → parse must give the same tree (positions aside), and printing is a fixed
 * point. Seeded; the seed is printed, rerun one with {@code -Dexpr.seed=<seed>}.
 */
class RoundTripRandomizedTest {

    private static final List<String> FUNCTIONS = List.copyOf(Functions.names());

    @Test
    void printThenParseKeepsTheTree() {
        long seed = Long.getLong("expr.seed", System.nanoTime());
        System.out.println("RoundTripRandomizedTest seed: " + seed + " (rerun with -Dexpr.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            Node tree = randomTree(random, 4);
            String printed = Printer.print(tree);
            Node reparsed = Parsing.parse(printed);
            assertThat(shape(reparsed)).as("seed %d, case %d: %s", seed, i, printed).isEqualTo(shape(tree));
            assertThat(Printer.print(reparsed)).as("seed %d: printing is a fixed point", seed).isEqualTo(printed);
        }
    }

    private static Node randomTree(Random random, int depth) {
        int pick = depth == 0 ? random.nextInt(4) : random.nextInt(7);
        return switch (pick) {
            case 0 -> {
                String text = random.nextBoolean() ? String.valueOf(random.nextInt(1000)) : random.nextInt(100) + "." + random.nextInt(100);
                yield new Node.NumberLiteral(Double.parseDouble(text), text, 0);
            }
            case 1 -> new Node.StringLiteral(List.of("", "a", "it's", "say \"hi\"", "张三", "x y").get(random.nextInt(6)), 0);
            case 2 -> new Node.FieldRef(List.of("a", "resident.birth_date", "household.member_count", "x_1.y-2").get(random.nextInt(4)), 0);
            case 3 -> new Node.Current(0);
            case 4 -> new Node.Negate(randomTree(random, depth - 1), 0);
            case 5 -> {
                String name = FUNCTIONS.get(random.nextInt(FUNCTIONS.size()));
                var function = Functions.lookup(name).orElseThrow();
                int count = function.min() + random.nextInt(Math.min(function.max(), function.min() + 2) - function.min() + 1);
                List<Node> args = new ArrayList<>();
                for (int k = 0; k < count; k++) {
                    args.add(randomTree(random, depth - 1));
                }
                yield new Node.Call(name, args, 0);
            }
            default -> new Node.Binary(Op.values()[random.nextInt(Op.values().length)],
                    randomTree(random, depth - 1), randomTree(random, depth - 1), 0);
        };
    }

    /** The tree without positions and literal spelling. */
    private static String shape(Node node) {
        return switch (node) {
            case Node.NumberLiteral n -> "n" + n.value();
            case Node.StringLiteral s -> "s[" + s.value() + "]";
            case Node.FieldRef f -> "f[" + f.id() + "]";
            case Node.Current c -> ".";
            case Node.Negate n -> "neg(" + shape(n.operand()) + ")";
            case Node.Binary b -> b.op() + "(" + shape(b.left()) + "," + shape(b.right()) + ")";
            case Node.Call c -> c.name() + c.args().stream().map(RoundTripRandomizedTest::shape).toList();
        };
    }
}
