package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/sitrep/sitrep/schema"
)

func newCmdSchema(ios *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the event record",
		Long: `Schema prints the JSON Schema (draft 2020-12) of the records sitrep writes,
"schema": "sitrep.event/v1", as published in schema/event.v1.json. Validators
and code generators read it; the field table in README.md says the same in
prose.`,
		Args: cobra.NoArgs,
		Example: `  $ sitrep schema > event.v1.json
  $ sitrep schema | jq '.properties | keys'`,
		RunE: func(c *cobra.Command, args []string) error {
			if _, err := io.WriteString(ios.Out, schema.EventV1()); err != nil {
				if isBrokenPipe(err) {
					return errBrokenPipe
				}
				return &runError{err}
			}
			return nil
		},
	}
}
