package dev.studybot.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Tokens for mixed Chinese and English technical text: Latin words as words, Han text as
 * overlapping bigrams plus single characters, full-width forms folded. Bigrams find {@code 进程间通信}
 * in {@code 进程间常用的通信方式} without a dictionary; single characters keep one-character topics
 * such as {@code 栈} findable.
 */
final class TopicAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN, true);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
