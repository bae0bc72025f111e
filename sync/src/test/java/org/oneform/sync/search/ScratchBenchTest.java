package org.oneform.sync.search;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.oneform.forms.catalog.SubjectType;
import org.oneform.sync.area.AreaId;
import org.oneform.sync.registry.GoldenRecord;

class ScratchBenchTest {
    @Test
    void bench() throws Exception {
        int n = Integer.getInteger("bench.n", 500_000);
        Path dir = Files.createTempDirectory("bench");
        Random r = new Random(1);
        String sur = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常";
        String giv = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力成林峰云飞鹏长青宇浩然子涵梓轩";
        List<String> idsList = new ArrayList<>(), phones = new ArrayList<>(), names = new ArrayList<>();
        List<AreaId> grids = new ArrayList<>();
        for (int s = 1; s <= 10; s++) for (int c = 1; c <= 10; c++) for (int g = 1; g <= 10; g++)
            grids.add(new AreaId(String.format("330110.%03d.%03d.%02d", s, c, g)));
        long t0 = System.nanoTime();
        try (RegistryIndex index = RegistryIndex.open(dir, Records.KEY)) {
            List<GoldenRecord> batch = new ArrayList<>();
            List<GoldenRecord> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String name = "" + sur.charAt(r.nextInt(sur.length())) + giv.charAt(r.nextInt(giv.length()))
                        + (r.nextBoolean() ? "" + giv.charAt(r.nextInt(giv.length())) : "");
                String id = String.format("330110%04d%02d%02d%03d%d", 1940 + r.nextInt(80), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(1000), r.nextInt(10));
                String phone = String.format("1%d%09d", 3 + r.nextInt(7), r.nextInt(1_000_000_000));
                if (i % 1000 == 0) { idsList.add(id); phones.add(phone); names.add(name); }
                all.add(Records.resident("R" + i, grids.get(r.nextInt(grids.size())), name, id, phone));
            }
            long tb = System.nanoTime();
            index.rebuild(all, 1);
            System.out.printf("rebuild %d docs: %d ms%n", n, (System.nanoTime() - tb) / 1_000_000);
            all = null;
            if (Boolean.getBoolean("bench.skip")) { } else {
            bench(index, "id", idsList, new AreaId("330110"));
            bench(index, "phone", phones, new AreaId("330110"));
            bench(index, "name-district", names, new AreaId("330110"));
            bench(index, "name-street", names, new AreaId("330110.001"));
            List<String> py = names.stream().map(x -> Pinyin.of(x).full().iterator().next()).toList();
            List<String> ini = names.stream().map(x -> Pinyin.of(x).initials().iterator().next()).toList();
            bench(index, "pinyin-district", py, new AreaId("330110"));
            bench(index, "initials-district", ini, new AreaId("330110"));
            bench(index, "initials-grid", ini, grids.get(0));
            bench(index, "tail-district", idsList.stream().map(x -> x.substring(14)).toList(), new AreaId("330110"));
            }
            long t1 = System.nanoTime();
            index.index(List.of(Records.resident("RNEW", grids.get(0), "新来的", "330110200001011234", "13999999999")));
            while (index.search(SearchQuery.of("13999999999", new AreaId("330110"))).isEmpty()) Thread.sleep(5);
            System.out.printf("visible after %d ms%n", (System.nanoTime() - t1) / 1_000_000);
        }
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
            var searcher = new org.apache.lucene.search.IndexSearcher(reader);
            System.out.println("segments " + reader.leaves().size());
            for (int i = 0; i < 5; i++) { String t = names.get(i); System.out.println(t + " df " + reader.docFreq(new org.apache.lucene.index.Term("name", t.substring(0,1))) + " " + reader.docFreq(new org.apache.lucene.index.Term("name", t.substring(1,2)))); }
            var planner = new QueryPlanner(new SearchAnalyzer(), new IndexSchema(new SensitiveTerms(Records.KEY)));
            for (String label : List.of("conj", "nameTerms", "full", "uni1", "count", "conj")) {
                long[] lat = new long[names.size()];
                for (int w = 0; w < 25; w++) for (int i = 0; i < names.size(); i++) {
                    String t = names.get(i);
                    var full = (org.apache.lucene.search.BooleanQuery) planner.plan(SearchQuery.of(t, new AreaId("330110"))).get();
                    var match = (org.apache.lucene.search.BooleanQuery) full.clauses().get(0).query();
                    org.apache.lucene.search.Query q = switch (label) {
                        case "full" -> full;
                        case "exact" -> match.clauses().get(0).query();
                        case "nameTerms" -> match.clauses().get(1).query();
                        case "address" -> match.clauses().get(2).query();
                        case "homophone" -> match.clauses().get(3).query();
                        case "uni1" -> new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("name", t.substring(0, 1)));
                        case "uni2" -> new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("name", t.substring(1, 2)));
                        case "bigram" -> new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("name", t.substring(0, 2)));
                        case "count" -> new org.apache.lucene.search.MatchAllDocsQuery();
                        default -> new org.apache.lucene.search.BooleanQuery.Builder()
                            .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("name", t.substring(0, 1))), org.apache.lucene.search.BooleanClause.Occur.MUST)
                            .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("name", t.substring(1, 2))), org.apache.lucene.search.BooleanClause.Occur.MUST).build();
                    };
                    long st = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    searcher.search(q, new org.apache.lucene.search.TopScoreDocCollectorManager(20, 1000));
                    lat[i] = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - st;
                }
                Arrays.sort(lat);
                System.out.printf("%-10s p50 %.2f p99 %.2f%n", label, lat[lat.length / 2] / 1e6, lat[(int) (lat.length * .99)] / 1e6);
            }
            var q0 = planner.plan(SearchQuery.of(names.get(0), new AreaId("330110"))).get();
            System.out.println(q0);
        }
        long size = Files.walk(dir).filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        System.out.printf("index size %d MB%n", size >> 20);
    }

    static void bench(RegistryIndex index, String label, List<String> texts, AreaId scope) {
        for (int w = 0; w < 3; w++) for (String t : texts) index.search(SearchQuery.of(t, scope));
        long[] lat = new long[texts.size()];
        long hits = 0;
        for (int i = 0; i < texts.size(); i++) {
            long s = System.nanoTime();
            hits += index.search(SearchQuery.of(texts.get(i), scope)).totalHits();
            lat[i] = System.nanoTime() - s;
        }
        Arrays.sort(lat);
        System.out.printf("%-18s p50 %.2f ms p99 %.2f ms max %.2f ms avgTotal %d%n", label, lat[lat.length / 2] / 1e6,
                lat[(int) (lat.length * 0.99)] / 1e6, lat[lat.length - 1] / 1e6, hits / texts.size());
    }
}
