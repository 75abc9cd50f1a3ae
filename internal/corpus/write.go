package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Stats counts what a writer wrote.
type Stats struct {
	Reports int   // reports written
	Bytes   int64 // bytes of report text, the figure throughput is measured in
}

// Reports returns reports from gen until their text adds up to at least
// size bytes. It is for benchmarks, which want a few megabytes in memory;
// larger corpora are streamed with WriteJSONL or WriteDir.
func Reports(gen *Generator, size int) []Report {
	var rs []Report
	for n := 0; n < size; {
		r := gen.Next()
		n += len(r.Text)
		rs = append(rs, r)
	}
	return rs
}

// jsonlRecord is one line of a JSONL corpus, in the shape sitrep's
// --input-format jsonl reads.
type jsonlRecord struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// WriteJSONL writes reports from gen to w, one JSON object a line, until
// their text adds up to at least size bytes.
func WriteJSONL(w io.Writer, gen *Generator, size int64) (Stats, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	var st Stats
	for st.Bytes < size {
		r := gen.Next()
		rec := jsonlRecord{ID: r.ID, Published: r.Published.Format(time.DateOnly), Text: r.Text}
		if err := enc.Encode(&rec); err != nil {
			return st, fmt.Errorf("writing report %s: %w", r.ID, err)
		}
		st.Reports++
		st.Bytes += int64(len(r.Text))
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("writing corpus: %w", err)
	}
	return st, nil
}

// FilesPerFolder is how many reports WriteDir puts in one sub-folder, so
// that no folder of a gigabyte corpus holds hundreds of thousands of
// entries.
const FilesPerFolder = 1000

// WriteDir writes reports from gen under dir, one .txt file each
// (dir/000012/gen-00012345.txt), until their text adds up to at least size
// bytes. dir is created if needed.
func WriteDir(dir string, gen *Generator, size int64) (Stats, error) {
	var st Stats
	for st.Bytes < size {
		r := gen.Next()
		sub := filepath.Join(dir, fmt.Sprintf("%06d", st.Reports/FilesPerFolder))
		if st.Reports%FilesPerFolder == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return st, fmt.Errorf("making corpus folder: %w", err)
			}
		}
		path := filepath.Join(sub, r.ID+".txt")
		if err := os.WriteFile(path, []byte(r.Text), 0o644); err != nil {
			return st, fmt.Errorf("writing report: %w", err)
		}
		st.Reports++
		st.Bytes += int64(len(r.Text))
	}
	return st, nil
}

// ErrSize is returned by ParseSize for a size it cannot read.
var ErrSize = errors.New("bad size: want a number of bytes with an optional unit, e.g. 8MB, 512KiB, 1GB")

// ParseSize reads a size such as "8MB", "1GB", "512KiB" or "100000". KB,
// MB and GB are powers of 1000, KiB, MiB and GiB powers of 1024; case is
// ignored.
func ParseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{
		{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
		{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"k", 1e3}, {"m", 1e6}, {"g", 1e9}, {"b", 1},
	} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseFloat(t, 64)
	if err != nil || n < 0 || n*float64(mult) > 1<<50 {
		return 0, fmt.Errorf("%q: %w", s, ErrSize)
	}
	return int64(n * float64(mult)), nil
}
