package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

// exitCode is the process's exit status. Scripts rely on these values.
type exitCode int

const (
	exitOK          exitCode = 0   // every input was read (a report with no events is fine)
	exitInputFailed exitCode = 1   // some input failed or needed repair; the rest was done
	exitUsage       exitCode = 2   // bad flag, argument or date: nothing was done
	exitInterrupted exitCode = 130 // Ctrl-C or SIGTERM: whole records only were written
)

// flagError is a usage error: exit 2, with a pointer to --help.
type flagError struct{ err error }

func (e *flagError) Error() string { return e.err.Error() }
func (e *flagError) Unwrap() error { return e.err }

func flagErrorf(format string, a ...any) error {
	return &flagError{fmt.Errorf(format, a...)}
}

// runError is a failure while a command ran (its output could not be
// written, say), as opposed to cobra rejecting the command line.
type runError struct{ err error }

func (e *runError) Error() string { return e.err.Error() }
func (e *runError) Unwrap() error { return e.err }

// errInputsFailed says some inputs failed; each has been reported already.
var errInputsFailed = errors.New("some inputs failed")

// errBrokenPipe says the reader of standard output went away (sitrep ...
// | head -1): the run ends quietly and successfully, as cat's does.
var errBrokenPipe = errors.New("broken pipe")

// mainRun runs sitrep on the process's arguments and streams.
func mainRun() exitCode {
	// With SIGPIPE ignored, a write to a closed pipe returns EPIPE instead
	// of killing the process, so "| head -1" ends with exit 0 (not 141,
	// which "set -o pipefail" scripts would see) and the run stops early.
	signal.Ignore(syscall.SIGPIPE)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// After the first Ctrl-C the run winds down; a second one kills it.
	context.AfterFunc(ctx, stop)
	return run(ctx, os.Args[1:], systemIO())
}

// run executes one command line and returns its exit code; it prints each
// error once.
func run(ctx context.Context, args []string, io *IOStreams) exitCode {
	root := newCmdRoot(io)
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	return exitCodeFor(ctx, cmd, err, io)
}

// exitCodeFor maps the error a command returned to the exit code, printing
// it unless it has been reported already.
func exitCodeFor(ctx context.Context, cmd *cobra.Command, err error, io *IOStreams) exitCode {
	var fe *flagError
	var re *runError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errBrokenPipe):
		return exitOK
	case ctx.Err() != nil:
		return exitInterrupted
	case errors.Is(err, errInputsFailed):
		return exitInputFailed
	case errors.As(err, &re):
		fmt.Fprintf(io.ErrOut, "sitrep: %v\n", err)
		return exitInputFailed
	case errors.As(err, &fe):
		fmt.Fprintf(io.ErrOut, "sitrep: %v\n", err)
	default:
		// Anything else came from cobra parsing the command line.
		fmt.Fprintf(io.ErrOut, "sitrep: %v\n", err)
	}
	if cmd != nil {
		fmt.Fprintf(io.ErrOut, "Run '%s --help' for usage.\n", cmd.CommandPath())
	}
	return exitUsage
}

func newCmdRoot(io *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "sitrep",
		Short: "Turn news reports on the Syrian conflict into event records",
		Long: `sitrep reads plain-text news reports on the Syrian conflict and writes one
structured record per incident: who attacked whom, the ACLED event type,
where (place, governorate, coordinates), when, and how many were killed and
wounded by whose count.

Exit status: 0 when every input was read, 1 when some input failed (each
failure is one line on stderr, and the rest of the batch is still done),
2 for a usage error, 130 when interrupted.`,
		Example: `  $ echo 'DAMASCUS, May 2 (Wire) - Shelling killed three civilians in Douma on Tuesday, a monitor said.' | sitrep extract --published 2019-05-02 -f yaml
  $ sitrep extract reports/ --format jsonl > events.jsonl`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.ErrOut)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &flagError{err}
	})
	root.AddCommand(newCmdExtract(io, nil), newCmdEval(io), newCmdVersion(io), newCmdExplain(io, nil), newCmdSchema(io), newCmdGazetteer(io))
	return root
}
