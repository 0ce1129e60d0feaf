package graph

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"slices"
	"strings"

	dgraph "github.com/dominikbraun/graph"
)

// Link is every claim of one predicate that one entity makes of another:
// "Russia accused Ukraine" six times is one link of six claims. It is one
// edge of a picture and one strand of a hop in a path.
type Link struct {
	Subject   string
	Predicate Predicate
	Object    string
	// Claims holds the claims, in CompareClaims order.
	Claims []Claim
}

// LinkID returns the identifier of the link from subject to object with
// predicate p. Like Claim.ID it depends only on what the link says, so
// that it is stable across runs and safe in XML and CSS identifiers.
func LinkID(subject string, p Predicate, object string) string {
	h := sha256.New()
	for _, s := range []string{subject, string(p), object} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// ID returns LinkID of the link.
func (l Link) ID() string { return LinkID(l.Subject, l.Predicate, l.Object) }

// CompareLinks orders links by subject, object and the predicate's place
// in Predicates: the order of every listing of links.
func CompareLinks(a, b Link) int {
	return cmp.Or(
		strings.Compare(a.Subject, b.Subject),
		strings.Compare(a.Object, b.Object),
		cmp.Compare(slices.Index(Predicates, a.Predicate), slices.Index(Predicates, b.Predicate)),
		strings.Compare(string(a.Predicate), string(b.Predicate)),
	)
}

// Links groups claims into links, in CompareLinks order.
func Links(claims []Claim) []Link {
	type key struct {
		s, o string
		p    Predicate
	}
	idx := make(map[key]int)
	var out []Link
	for _, c := range claims {
		k := key{c.Subject, c.Object, c.Predicate}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, Link{Subject: c.Subject, Predicate: c.Predicate, Object: c.Object})
		}
		out[i].Claims = append(out[i].Claims, c)
	}
	for i := range out {
		slices.SortFunc(out[i].Claims, CompareClaims)
	}
	slices.SortFunc(out, CompareLinks)
	return out
}

// Network is the entity network of a graph, on github.com/dominikbraun/graph:
// one vertex per entity that takes part in a claim, and one undirected
// edge per pair of entities that claims link. That library keeps a single
// edge per pair, so each edge's Data holds the pair's []Link, both
// directions and every predicate, in CompareLinks order.
//
// The network answers questions of reach and distance, in which a claim
// links two entities whichever made it: who lies within two claims of
// Peskov, and what chain of claims leads from him to Zelensky.
type Network struct {
	g     dgraph.Graph[string, string]
	links []Link
	// adj is g's adjacency map, which the library rebuilds, edge by
	// edge, on every call.
	adj map[string]map[string]dgraph.Edge[string]
}

// Network returns the entity network of g's claims.
func (g *Graph) Network() *Network { return NewNetwork(g.Claims()) }

// NewNetwork returns the entity network of the given claims.
func NewNetwork(claims []Claim) *Network {
	n := &Network{
		g:     dgraph.New(dgraph.StringHash),
		links: Links(claims),
	}
	byPair := make(map[[2]string][]Link)
	var pairs [][2]string
	for _, l := range n.links {
		k := pairKey(l.Subject, l.Object)
		if _, ok := byPair[k]; !ok {
			pairs = append(pairs, k)
		}
		byPair[k] = append(byPair[k], l)
	}
	for _, p := range pairs {
		// Vertices that exist already and the one edge per pair that
		// pairKey guarantees are the library's only errors here.
		_ = n.g.AddVertex(p[0])
		_ = n.g.AddVertex(p[1])
		ls := byPair[p]
		_ = n.g.AddEdge(p[0], p[1], dgraph.EdgeData(ls), dgraph.EdgeWeight(claimCount(ls)))
	}
	n.adj, _ = n.g.AdjacencyMap() // the in-memory store never fails
	return n
}

// pairKey is the unordered pair {a, b}, smaller ID first.
func pairKey(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

func claimCount(ls []Link) int {
	n := 0
	for _, l := range ls {
		n += len(l.Claims)
	}
	return n
}

// Links returns every link of the network, in CompareLinks order.
func (n *Network) Links() []Link { return n.links }

// Has reports whether the entity takes part in a claim of the network.
func (n *Network) Has(id string) bool {
	_, ok := n.adj[id]
	return ok
}

// Between returns the links between a and b in either direction, in
// CompareLinks order.
func (n *Network) Between(a, b string) []Link {
	e, ok := n.adj[a][b]
	if !ok {
		return nil
	}
	ls, _ := e.Properties.Data.([]Link)
	return ls
}

// Within returns the entities at most depth claims away from one of the
// focus entities, following claims in either direction, with their
// distance from the nearest focus entity. Focus entities that take part
// in no claim are kept at distance 0.
func (n *Network) Within(focus []string, depth int) map[string]int {
	out := make(map[string]int)
	for _, f := range focus {
		out[f] = 0
		for id, d := range n.distances(f, depth) {
			if old, ok := out[id]; !ok || d < old {
				out[id] = d
			}
		}
	}
	return out
}

// distances returns the distance from start of every entity at most
// limit claims away, or of every reachable entity when limit < 0.
//
// dgraph.BFSWithDepth of v0.23.0 counts visited vertices, not levels
// (dominikbraun/graph#153), so the levels are worked out here from
// dgraph.BFS's visiting order: a vertex lies one level below the nearest
// of its neighbours visited before it.
func (n *Network) distances(start string, limit int) map[string]int {
	adj := n.adj
	if _, ok := adj[start]; !ok {
		return nil
	}
	dist := map[string]int{start: 0}
	_ = dgraph.BFS(n.g, start, func(v string) bool {
		if v != start {
			d := -1
			for u := range adj[v] {
				if du, ok := dist[u]; ok && (d < 0 || du+1 < d) {
					d = du + 1
				}
			}
			dist[v] = d
		}
		return limit >= 0 && dist[v] > limit
	})
	for id, d := range dist {
		if limit >= 0 && d > limit {
			delete(dist, id)
		}
	}
	return dist
}

// Hop is one step of a chain: two entities next to each other and every
// link between them, in either direction.
type Hop struct {
	From, To string
	Links    []Link
}

// Path returns a shortest chain of claims from one of the from entities
// to one of the to entities, following claims in either direction, or
// nil when no chain links them. Among chains of equal length it takes, at
// each step, the neighbour linked by most claims, then the first by ID,
// so that the answer does not depend on map order.
func (n *Network) Path(from, to []string) []Hop {
	adj := n.adj
	// Distance to the nearest target, by a search from each target.
	toDist := make(map[string]int)
	for _, t := range to {
		for id, d := range n.distances(t, -1) {
			if old, ok := toDist[id]; !ok || d < old {
				toDist[id] = d
			}
		}
	}
	start, best := "", -1
	for _, f := range slices.Sorted(slices.Values(from)) {
		if d, ok := toDist[f]; ok && (best < 0 || d < best) {
			start, best = f, d
		}
	}
	if best <= 0 {
		// No chain, or from and to share an entity: nothing to walk.
		return nil
	}
	var hops []Hop
	for cur := start; toDist[cur] > 0; {
		var next string
		weight := -1
		for _, v := range slices.Sorted(maps.Keys(adj[cur])) {
			if d, ok := toDist[v]; !ok || d != toDist[cur]-1 {
				continue
			}
			if w := claimCount(n.Between(cur, v)); w > weight {
				next, weight = v, w
			}
		}
		hops = append(hops, Hop{From: cur, To: next, Links: n.Between(cur, next)})
		cur = next
	}
	return hops
}
