// Command sitrep turns news reports on the Syrian conflict into structured
// event records. Run "sitrep extract --help" to start.
package main

import "os"

func main() { os.Exit(int(mainRun())) }
