package dev.agentworkbench.memory.index;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's codec with stored fields kept as they are, uncompressed: the bodies stored for snippets
 * are small text that the indexing threads would otherwise compress chunk by chunk.
 */
public final class NotesCodec extends FilterCodec {
  public static final String NAME = "AgentWorkbenchNotes1";

  static final CompressionMode RAW =
      new CompressionMode() {
        @Override
        public Compressor newCompressor() {
          return new Compressor() {
            @Override
            public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
              out.copyBytes(in, in.length() - in.position());
            }

            @Override
            public void close() {}
          };
        }

        @Override
        public Decompressor newDecompressor() {
          return new Decompressor() {
            @Override
            public void decompress(
                DataInput in, int originalLength, int offset, int length, BytesRef bytes)
                throws IOException {
              // only the asked-for part is read: a hit's snippet needs one body, not its chunk
              in.skipBytes(offset);
              bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
              in.readBytes(bytes.bytes, 0, length);
              in.skipBytes((long) originalLength - offset - length);
              bytes.offset = 0;
              bytes.length = length;
            }

            @Override
            public Decompressor clone() {
              return this;
            }
          };
        }

        @Override
        public String toString() {
          return "RAW";
        }
      };

  private final StoredFieldsFormat stored =
      new Lucene90CompressingStoredFieldsFormat(
          "AgentWorkbenchStoredFieldsRaw", RAW, 60 * 1024, 1024, 10);

  public NotesCodec() {
    super(NAME, new Lucene912Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return stored;
  }
}
