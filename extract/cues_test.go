package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestCueOf compares cueOf with the cue lists read directly.
func TestCueOf(t *testing.T) {
	want := func(w string) cueSet {
		var c cueSet
		for cue, ws := range cueWords {
			if slices.Contains(ws, w) {
				c |= cue
			}
		}
		if strings.HasPrefix(w, retaliatePrefix) {
			c |= cueRetaliate
		}
		return c
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "a", "retaliat", "retaliation", "retaliatory", "retali", "Lawsuit", "lawsuit s", "held", "heldx"}
	for _, ws := range cueWords {
		words = append(words, ws...)
	}
	for w := range x.rules.words {
		words = append(words, w)
	}
	for _, w := range words {
		if got := cueOf(w); got != want(w) {
			t.Errorf("cueOf(%q) = %b, want %b", w, got, want(w))
		}
		if want(w) != 0 && !mayCue(w) {
			t.Errorf("mayCue(%q) = false for a cue word", w)
		}
	}
}

// TestCueRules reads the source of each rule that a cue gates: every word
// the rule compares an item's low with, in == or in a switch on it, must
// be one of its cue's words, or the gate would keep the rule from a
// sentence it acts in.
func TestCueRules(t *testing.T) {
	rules := map[string]cueSet{
		"lawsuitBy": cueLawsuit, "settledCharges": cueSettle, "targetOf": cueTarget, "accusedOfCrime": cueAccused,
		"heldResponsible": cueHeld, "notePublications": cueHeld, "questionedOf": cueQuestion, "employed": cueEmploy, "shadowRoles": cueShadow,
		"stanceWord": cueStance, "findSpeakers": cueAsk,
	}
	files, _ := filepath.Glob("*.go")
	fset := gotoken.NewFileSet()
	seen := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			cue, ok := rules[fn.Name.Name]
			if !ok {
				continue
			}
			seen[fn.Name.Name] = true
			check := func(e ast.Expr) {
				lit, ok := e.(*ast.BasicLit)
				if !ok || lit.Kind != gotoken.STRING {
					return
				}
				w, _ := strconv.Unquote(lit.Value)
				if !slices.Contains(cueWords[cue], w) {
					t.Errorf("%s compares low with %q, which is not among its cue words", fn.Name.Name, w)
				}
			}
			// copies holds the names given an item's low ("w :=
			// items[i].low").
			copies := map[string]bool{}
			isLow := func(e ast.Expr) bool {
				switch e := e.(type) {
				case *ast.SelectorExpr:
					return e.Sel.Name == "low"
				case *ast.Ident:
					return copies[e.Name]
				}
				return false
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BinaryExpr:
					if n.Op == gotoken.EQL || n.Op == gotoken.NEQ {
						if isLow(n.X) {
							check(n.Y)
						} else if isLow(n.Y) {
							check(n.X)
						}
					}
				case *ast.SwitchStmt:
					if n.Tag != nil && isLow(n.Tag) {
						for _, s := range n.Body.List {
							for _, e := range s.(*ast.CaseClause).List {
								check(e)
							}
						}
					}
				case *ast.AssignStmt:
					for k, e := range n.Rhs {
						if id, ok := n.Lhs[k].(*ast.Ident); ok && len(n.Lhs) == len(n.Rhs) && isLow(e) {
							copies[id.Name] = true
						}
					}
				}
				return true
			})
		}
	}
	for fn := range rules {
		if !seen[fn] {
			t.Errorf("no rule %s in the source", fn)
		}
	}
}
