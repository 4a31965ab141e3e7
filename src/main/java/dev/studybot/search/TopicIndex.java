package dev.studybot.search;

import dev.studybot.roadmap.CodeBlock;
import dev.studybot.roadmap.Roadmap;
import dev.studybot.roadmap.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An in-memory Lucene index of one roadmap's topics. Titles weigh most, then the path, then notes
 * and summary, then code; an exact title wins outright; Latin words also match with a typo or two
 * ({@code gorutine}); must-know topics win ties. Immutable once built and safe to share.
 */
public final class TopicIndex {
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z][a-z0-9_+#-]*");
    private static final Pattern PUNCTUATION = Pattern.compile("[./_()\\[\\]{}:：、，,（）-]+");
    private static final String F_ID = "id";
    private static final String F_TITLE = "title";
    private static final String F_TITLE_KEY = "title_key";
    private static final String F_PATH = "path";
    private static final String F_BODY = "body";
    private static final String F_CODE = "code";
    private static final String F_MUST = "must";
    private static final int MAX_TYPO_EXPANSIONS = 20;

    private final Roadmap roadmap;
    private final Analyzer analyzer = new TopicAnalyzer();
    private final IndexSearcher searcher;
    private final Map<String, List<String>> latinTerms;

    private TopicIndex(Roadmap roadmap, IndexSearcher searcher, Map<String, List<String>> latinTerms) {
        this.roadmap = roadmap;
        this.searcher = searcher;
        this.latinTerms = latinTerms;
    }

    /** Indexes every topic of the roadmap. */
    public static TopicIndex build(Roadmap roadmap) {
        TopicAnalyzer analyzer = new TopicAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Topic topic : roadmap.topics()) {
                writer.addDocument(document(roadmap, topic));
            }
            writer.commit();
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, List<String>> latin = new HashMap<>();
            for (String field : List.of(F_TITLE, F_BODY)) {
                latin.put(field, latinTerms(reader, field));
            }
            return new TopicIndex(roadmap, searcher, latin);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index roadmap " + roadmap.id(), e);
        }
    }

    /** The distinct Latin words of a field: the dictionary that typos are matched against. */
    private static List<String> latinTerms(DirectoryReader reader, String field) throws IOException {
        List<String> words = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                String word = term.utf8ToString();
                if (word.length() >= 3 && LATIN_WORD.matcher(word).matches()) {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }

    public Roadmap roadmap() {
        return roadmap;
    }

    private static Document document(Roadmap roadmap, Topic topic) {
        Document doc = new Document();
        doc.add(new StringField(F_ID, topic.id(), Field.Store.YES));
        doc.add(new TextField(F_TITLE, withParts(topic.title()), Field.Store.NO));
        doc.add(new StringField(F_TITLE_KEY, key(topic.title()), Field.Store.NO));
        List<String> ancestors = topic.path().subList(0, topic.path().size() - 1);
        doc.add(new TextField(F_PATH, withParts(String.join(" ", ancestors)), Field.Store.NO));
        StringBuilder body = new StringBuilder(topic.summary());
        for (String note : topic.notes()) {
            body.append('\n').append(note);
        }
        topic.errata().forEach(e -> body.append('\n').append(e));
        doc.add(new TextField(F_BODY, withParts(body.toString()), Field.Store.NO));
        StringBuilder code = new StringBuilder();
        for (CodeBlock block : topic.code()) {
            code.append(block.text()).append('\n');
        }
        doc.add(new TextField(F_CODE, withParts(code.toString()), Field.Store.NO));
        if (topic.isMustKnow()) {
            doc.add(new StringField(F_MUST, "y", Field.Store.NO));
        }
        return doc;
    }

    /** The text plus a copy with punctuation turned into spaces, so {@code io.Reader} also gives {@code reader}. */
    private static String withParts(String text) {
        String parts = PUNCTUATION.matcher(text).replaceAll(" ");
        return parts.equals(text) ? text : text + "\n" + parts;
    }

    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The best topics for a free-text query, at most {@code limit}. */
    public List<SearchHit> search(String query, int limit) {
        return run(query, limit, false);
    }

    /** Like {@link #search} but the last word may be unfinished ({@code gorout} finds goroutine). */
    public List<SearchHit> complete(String partial, int limit) {
        return run(partial, limit, true);
    }

    private List<SearchHit> run(String text, int limit, boolean prefix) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        Query query = buildQuery(text, prefix);
        if (query == null) {
            return List.of();
        }
        try {
            TopDocs top = searcher.search(query, limit);
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                String id = searcher.storedFields().document(scoreDoc.doc).get(F_ID);
                Topic topic = roadmap.byId(id).orElseThrow();
                hits.add(new SearchHit(id, topic.title(), topic.path(), scoreDoc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query buildQuery(String text, boolean prefix) {
        List<Token> tokens = tokens(withParts(text.strip()));
        if (tokens.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        match.add(new BoostQuery(new TermQuery(new Term(F_TITLE_KEY, key(text))), 30f), Occur.SHOULD);
        for (Token token : tokens) {
            match.add(new BoostQuery(new TermQuery(new Term(F_TITLE, token.term)), 5f), Occur.SHOULD);
            match.add(new BoostQuery(new TermQuery(new Term(F_PATH, token.term)), 1.2f), Occur.SHOULD);
            match.add(new BoostQuery(new TermQuery(new Term(F_BODY, token.term)), 1f), Occur.SHOULD);
            match.add(new BoostQuery(new TermQuery(new Term(F_CODE, token.term)), 0.4f), Occur.SHOULD);
            if (token.latin && token.term.length() >= 4) {
                int edits = token.term.length() >= 7 ? 2 : 1;
                addTypos(match, F_TITLE, token.term, edits, 2.5f);
                addTypos(match, F_BODY, token.term, edits, 0.5f);
            }
        }
        Token last = tokens.get(tokens.size() - 1);
        if (prefix && last.latin && last.term.length() >= 2) {
            // scoring rewrite: a short title that starts with the word beats a long one that mentions it
            match.add(
                    new BoostQuery(
                            new PrefixQuery(new Term(F_TITLE, last.term), MultiTermQuery.SCORING_BOOLEAN_REWRITE), 4f),
                    Occur.SHOULD);
            match.add(
                    new BoostQuery(
                            new PrefixQuery(new Term(F_PATH, last.term), MultiTermQuery.SCORING_BOOLEAN_REWRITE), 1f),
                    Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(match.build(), Occur.MUST);
        query.add(new BoostQuery(new TermQuery(new Term(F_MUST, "y")), 2f), Occur.SHOULD);
        return query.build();
    }

    /**
     * Adds the dictionary words within {@code edits} of a misspelt word, weighted by closeness. A
     * scan of the roadmap's few thousand Latin words with a cut-off distance costs microseconds,
     * where Lucene's FuzzyQuery would build a two-edit automaton per query.
     */
    private void addTypos(BooleanQuery.Builder match, String field, String word, int edits, float boost) {
        List<String> dictionary = latinTerms.getOrDefault(field, List.of());
        int added = 0;
        for (String candidate : dictionary) {
            if (candidate.charAt(0) != word.charAt(0) || Math.abs(candidate.length() - word.length()) > edits) {
                continue;
            }
            int distance = EditDistance.within(word, candidate, edits);
            if (distance > 0 && distance <= edits) {
                float closeness = 1f - (float) distance / Math.max(word.length(), candidate.length());
                match.add(new BoostQuery(new TermQuery(new Term(field, candidate)), boost * closeness), Occur.SHOULD);
                if (++added == MAX_TYPO_EXPANSIONS) {
                    return;
                }
            }
        }
    }

    private record Token(String term, boolean latin) {}

    private List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(F_TITLE, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                boolean latin = "<ALPHANUM>".equals(type.type())
                        && LATIN_WORD.matcher(value).matches();
                Token token = new Token(value, latin);
                if (!tokens.contains(token)) {
                    tokens.add(token);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
