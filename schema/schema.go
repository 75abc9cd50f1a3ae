// Package schema holds the JSON Schema of sitrep's event record, so that the
// CLI can print it and tests can validate real output against it.
package schema

import _ "embed"

//go:embed event.v1.json
var eventV1 string

// EventV1 returns the JSON Schema (draft 2020-12) of records with
// "schema": "sitrep.event/v1".
func EventV1() string { return eventV1 }
