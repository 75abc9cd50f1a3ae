// Package corpus generates synthetic wire reports on the Syrian conflict
// for benchmarks and scale checks.
//
// The reports are assembled from templates written for this package and
// filled with places from the embedded gazetteer and names from the actor
// and source gazetteer: several incidents a report (clashes, air strikes,
// shelling, roadside bombs, suicide bombings, attacks on civilians,
// abductions, territory taken), sources that disagree on the toll, running
// totals, background paragraphs and numbers that count no dead. No text is
// taken from real articles.
//
// A Generator is deterministic: one seed always yields the same reports,
// so a benchmark run on one machine measures the same bytes as the next.
// Output is streamed ([WriteJSONL], [WriteDir]), so a corpus of gigabytes
// never sits in memory.
package corpus
