package score

import "math"

// assign pairs rows with columns one to one. Among the assignments that use
// only allowed pairs it picks one with the most pairs and, of those, the
// greatest total weight. weight(i, j) returns the worth of pairing row i
// with column j (at least 0) and whether the pair is allowed at all. The
// result gives, for each row, its column or -1.
//
// It solves the assignment problem exactly (Hungarian method, O(n²m))
// rather than greedily: a greedy pass can give a prediction to the gold
// event it fits best and so leave a second gold event, which only that
// prediction fits, unmatched.
func assign(rows, cols int, weight func(i, j int) (int64, bool)) []int {
	match := make([]int, rows)
	for i := range match {
		match[i] = -1
	}
	if rows == 0 || cols == 0 {
		return match
	}
	w := make([][]int64, rows)
	var top int64
	for i := range w {
		w[i] = make([]int64, cols)
		for j := range w[i] {
			s, ok := weight(i, j)
			if !ok {
				w[i][j] = -1
				continue
			}
			w[i][j] = max(s, 0)
			top = max(top, w[i][j])
		}
	}
	// Each allowed pair is worth more than any set of weights can add up
	// to, so the count of pairs comes first and weight breaks ties.
	bonus := (top + 1) * int64(min(rows, cols)+1)
	n, m, transposed := rows, cols, false
	if n > m {
		n, m, transposed = m, n, true
	}
	cost := make([][]int64, n+1)
	for i := 1; i <= n; i++ {
		cost[i] = make([]int64, m+1)
		for j := 1; j <= m; j++ {
			r, c := i-1, j-1
			if transposed {
				r, c = c, r
			}
			if w[r][c] >= 0 {
				cost[i][j] = -(bonus + w[r][c])
			}
		}
	}
	col := hungarian(n, m, cost)
	for j := 1; j <= m; j++ {
		i := col[j]
		if i == 0 {
			continue
		}
		r, c := i-1, j-1
		if transposed {
			r, c = c, r
		}
		if w[r][c] >= 0 {
			match[r] = c
		}
	}
	return match
}

// hungarian solves the minimum-cost assignment of n rows to m ≥ n columns
// for the 1-based matrix cost and returns, for each column, its row (0 for
// none). It is the potential-based method of Kuhn and Munkres as usually
// written for competitive programming.
func hungarian(n, m int, cost [][]int64) []int {
	const inf = math.MaxInt64 / 4
	u := make([]int64, n+1)
	v := make([]int64, m+1)
	p := make([]int, m+1)
	way := make([]int, m+1)
	minv := make([]int64, m+1)
	used := make([]bool, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = inf
			used[j] = false
		}
		for {
			used[j0] = true
			i0 := p[j0]
			delta := int64(inf)
			j1 := 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				if cur := cost[i0][j] - u[i0] - v[j]; cur < minv[j] {
					minv[j] = cur
					way[j] = j0
				}
				if minv[j] < delta {
					delta = minv[j]
					j1 = j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	return p
}
