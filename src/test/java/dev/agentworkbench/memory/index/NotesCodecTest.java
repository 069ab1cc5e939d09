package dev.agentworkbench.memory.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index's own codec: stored values come back byte for byte after the index is reopened. */
class NotesCodecTest {

  @Test
  void storedValuesOfEverySizeReadBackUnchangedFromDisk(@TempDir Path dir) throws Exception {
    Random random = new Random(7);
    // empty, tiny, around the 60 KiB chunk, and several chunks long (written in slices)
    int[] sizes = {0, 1, 17, 61_439, 61_440, 61_441, 150_000, 400_000};
    List<byte[]> bodies = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      byte[] b = new byte[i < sizes.length ? sizes[i] : random.nextInt(3000)];
      random.nextBytes(b);
      bodies.add(b);
    }
    try (Directory d = FSDirectory.open(dir)) {
      try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setCodec(new NotesCodec()))) {
        for (int i = 0; i < bodies.size(); i++) {
          Document doc = new Document();
          doc.add(new StoredField("n", i));
          doc.add(new StoredField("body", new BytesRef(bodies.get(i))));
          doc.add(new StoredField("title", "Note ü " + i));
          w.addDocument(doc);
        }
      }
      // read back through the codec that Lucene finds by its name, as a reopened app does
      assertEquals(NotesCodec.class, Codec.forName(NotesCodec.NAME).getClass());
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertEquals(bodies.size(), r.numDocs());
        for (LeafReaderContext leaf : r.leaves()) {
          assertEquals(
              NotesCodec.NAME,
              ((SegmentReader) leaf.reader()).getSegmentInfo().info.getCodec().getName());
        }
        StoredFields stored = r.storedFields();
        // out of order, so that chunks are decompressed again and again
        for (int k = 0; k < bodies.size(); k++) {
          int doc = (k * 37) % bodies.size();
          Document got = stored.document(doc);
          int n = got.getField("n").numericValue().intValue();
          assertEquals(doc, n, "the document asked for"); // one writer thread: ids in order
          BytesRef body = got.getBinaryValue("body");
          assertArrayEquals(
              bodies.get(n),
              java.util.Arrays.copyOfRange(body.bytes, body.offset, body.offset + body.length),
              "body of note " + n);
          assertEquals("Note ü " + n, got.get("title"));
        }
      }
    }
  }
}
