package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"
)

// claimIDHashed is Claim.ID as first written, field by field into a
// hash.Hash.
func claimIDHashed(c Claim) string {
	h := sha256.New()
	for _, s := range []string{c.Article, c.Subject, string(c.Predicate), c.Object, strconv.Itoa(c.Start), strconv.Itoa(c.End)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// TestClaimIDHashed checks that Claim.ID, which hashes its fields at
// once, gives the IDs of hashing them one by one, short and long.
func TestClaimIDHashed(t *testing.T) {
	long := strings.Repeat("x", 300)
	for _, c := range []Claim{
		{},
		{Article: "bbc/tech/401", Subject: "tony-blair", Predicate: Criticized, Object: "labour", Start: 12, End: 345},
		{Article: long, Subject: "Київ", Predicate: AffiliatedWith, Object: long, Start: -1, End: 1 << 40},
	} {
		if got, want := c.ID(), claimIDHashed(c); got != want {
			t.Errorf("%+v: ID() = %s, want %s", c, got, want)
		}
	}
}

// FuzzClaimID checks Claim.ID against claimIDHashed.
func FuzzClaimID(f *testing.F) {
	f.Add("a", "s", "criticized", "o", 1, 2)
	f.Fuzz(func(t *testing.T, art, subj, pred, obj string, start, end int) {
		c := Claim{Article: art, Subject: subj, Predicate: Predicate(pred), Object: obj, Start: start, End: end}
		if got, want := c.ID(), claimIDHashed(c); got != want {
			t.Fatalf("%+v: ID() = %s, want %s", c, got, want)
		}
	})
}
