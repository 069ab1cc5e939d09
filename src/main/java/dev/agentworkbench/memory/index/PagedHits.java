package dev.agentworkbench.memory.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * The best hits of a query up to one page of results, for the note index and the rows index alike:
 * one more than the page asks for (it tells whether there is more, never more than there are),
 * counted exactly up to {@link SearchPage#EXACT_UP_TO}, and the page's range in them (in longs: a
 * page far past the end is empty, not an overflow).
 */
final class PagedHits {
  final ScoreDoc[] docs;
  final int from;
  final int to;
  private final TopDocs top;
  private final int page;
  private final int size;

  private PagedHits(TopDocs top, int page, int size) {
    this.top = top;
    this.page = page;
    this.size = size;
    this.docs = top.scoreDocs;
    this.from = (int) Math.min((long) (page - 1) * size, docs.length);
    this.to = (int) Math.min((long) page * size, docs.length);
  }

  static PagedHits search(IndexSearcher s, Query query, int page, int size) throws IOException {
    int wanted = (int) Math.min((long) page * size + 1, s.getIndexReader().maxDoc() + 1L);
    TopDocs top =
        s.search(
            query, new TopScoreDocCollectorManager(Math.max(1, wanted), SearchPage.EXACT_UP_TO));
    return new PagedHits(top, page, size);
  }

  /** The page of these hits, made into {@code hits}. */
  SearchPage page(List<SearchHit> hits) {
    return new SearchPage(
        hits,
        top.totalHits.value,
        page,
        size,
        docs.length > (long) page * size,
        top.totalHits.relation == TotalHits.Relation.EQUAL_TO);
  }
}
