package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var a, b, errs bytes.Buffer
	if err := run([]string{"-size", "20KB", "-seed", "9"}, &a, &errs); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-size", "20KB", "-seed", "9"}, &b, &errs); err != nil {
		t.Fatal(err)
	}
	if a.Len() < 20_000 || !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two runs at one seed gave %d and %d bytes, or different bytes", a.Len(), b.Len())
	}
	if !strings.Contains(errs.String(), "bytes of text") {
		t.Errorf("stderr %q, want a summary", errs.String())
	}

	dir := t.TempDir()
	if err := run([]string{"-size", "10KB", "-dir", dir}, &a, &errs); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if len(files) == 0 {
		t.Error("-dir wrote no .txt files")
	}

	out := filepath.Join(t.TempDir(), "c.jsonl")
	if err := run([]string{"-size", "5KB", "-o", out}, &a, &errs); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(out); err != nil || fi.Size() < 5000 {
		t.Errorf("-o wrote %v, %v", fi, err)
	}
}

func TestRunUsage(t *testing.T) {
	var out, errs bytes.Buffer
	for _, args := range [][]string{{"-size", "lots"}, {"stray"}, {"-nope"}} {
		if err := run(args, &out, &errs); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}
