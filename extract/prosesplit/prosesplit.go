// Package prosesplit splits reports into sentences with prose/v2's Punkt
// segmenter, as an alternative to extract.Sentences.
//
// It is the slow path: prose loads its model on every call (some 15 ms) and
// then segments at a fraction of extract.Sentences' speed, and linking it
// at all adds its package initialisation to a process's start-up. It is kept
// apart so that programs which do not choose it, such as the sitrep command,
// do not pay for it; extract.Options.Segmenter selects it.
package prosesplit

import (
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/sitrep/sitrep/extract"
)

// Sentences appends to dst the sentences prose/v2's Punkt segmenter finds in
// text, as spans. Paragraph breaks are honoured first, as extract.Sentences
// honours them, and each paragraph is handed to prose whole.
func Sentences(text string, dst []extract.Span) []extract.Span {
	for _, para := range extract.Paragraphs(text) {
		doc, err := prose.NewDocument(text[para.Start:para.End],
			prose.WithTokenization(false), prose.WithTagging(false), prose.WithExtraction(false))
		if err != nil {
			dst = append(dst, para)
			continue
		}
		at := para.Start
		for _, s := range doc.Sentences() {
			// prose returns sentence texts, trimmed; find each in order
			// to recover its offsets.
			i := strings.Index(text[at:para.End], s.Text)
			if i < 0 {
				continue
			}
			dst = append(dst, extract.Span{Start: at + i, End: at + i + len(s.Text)})
			at += i + len(s.Text)
		}
	}
	return dst
}
