namespace Orkhon.Extraction.Parse;

/// <summary>
/// One verb's clause read off a linkage: the verb, its verb group (the verb and the auxiliaries, infinitive marker and
/// coordinating conjunction above it), the heads of its subject and of one object, and the complementiser that opens the
/// clause ("if", "that"), when there is one. Indices are into <see cref="Linkage.Words"/>.
/// </summary>
internal sealed record ParsedClause(int Verb, IReadOnlyList<int> Group, IReadOnlyList<int> Subject, IReadOnlyList<int> Object, int? Complementiser);

/// <summary>
/// Reads link-grammar's links as arguments, following the links' documented meanings: S joins a subject to its (first) verb,
/// O a verb to its object, MV a verb to a preposition and J a preposition to its object (the passive agent's "by" among them);
/// PP, Pv, Pg, I, TO and MVi chain auxiliaries, participles and infinitives into one verb group; VJ joins coordinated verbs to
/// their conjunction and SJ coordinated nouns; R and MX*r tie a relative pronoun to the noun it stands for, MX*p and Mg a
/// participle to the noun it describes; A, AN, D, G and YS build a noun phrase to the left of its head and "of" (Mp, J) to its
/// right; C ties a complementiser to the subject of its clause. Every walk is bounded by the number of words.
/// </summary>
internal sealed class ClauseGraph
{
    private readonly Linkage _linkage;
    private readonly List<Link>[] _into;
    private readonly List<Link>[] _outOf;

    public ClauseGraph(Linkage linkage)
    {
        _linkage = linkage;
        _into = new List<Link>[linkage.Words.Count];
        _outOf = new List<Link>[linkage.Words.Count];
        for (var w = 0; w < linkage.Words.Count; w++)
        {
            (_into[w], _outOf[w]) = ([], []);
        }

        foreach (var link in linkage.Links)
        {
            _outOf[link.Left].Add(link);
            _into[link.Right].Add(link);
        }
    }

    /// <summary>Each verb's clause with each of its objects (direct, prepositional or passive agent) whose subject is found.</summary>
    public IEnumerable<ParsedClause> Clauses()
    {
        var words = _linkage.Words;
        for (var v = 0; v < words.Count; v++)
        {
            if (!words[v].IsVerb)
            {
                continue;
            }

            var group = Group(v);
            var objects = Objects(v, v);
            // Coordinated verbs share an adjunct the grammar hangs on their conjunction ("backed it and sent doctors to Chile").
            foreach (var w in group)
            {
                if (words[w].IsConjunction)
                {
                    objects.AddRange(Objects(w, v).Where(o => o.All(h => h > v)));
                }
            }

            if (objects.Count == 0)
            {
                continue;
            }

            var subject = Subject(group[^1]);
            if (subject.Count == 0)
            {
                continue;
            }

            var complementiser = _into[subject[0]].FirstOrDefault(l => l.Type == "C" && l.Left < subject[0]) is { Label.Length: > 0 } c && !words[c.Left].IsWall
                ? c.Left : (int?)null;
            foreach (var obj in objects)
            {
                yield return new ParsedClause(v, group, subject, obj, complementiser);
            }
        }
    }

    /// <summary>The words of the noun phrase headed by <paramref name="head"/>: its modifiers, determiner and possessor, and an "of" phrase.</summary>
    public List<int> NounPhrase(int head)
    {
        var phrase = new List<int> { head };
        for (var i = 0; i < phrase.Count && phrase.Count <= _linkage.Words.Count; i++)
        {
            var w = phrase[i];
            foreach (var link in _into[w])
            {
                if (link.Left < w && link.Type is "A" or "AN" or "D" or "G" or "GN" or "YS" or "YP" && !phrase.Contains(link.Left))
                {
                    phrase.Add(link.Left);
                }
            }

            foreach (var link in _outOf[w])
            {
                if (link.Type == "M" && link.Sub.StartsWith('p') && _linkage.Words[link.Right].Form.StartsWith("of", StringComparison.OrdinalIgnoreCase)
                    && !phrase.Contains(link.Right))
                {
                    phrase.Add(link.Right);
                    phrase.AddRange(_outOf[link.Right].Where(j => j.Type == "J" && !phrase.Contains(j.Right)).Select(j => j.Right));
                }
            }
        }

        return phrase;
    }

    /// <summary>The span, in the parsed text, of the noun phrases headed by <paramref name="heads"/>.</summary>
    public (int Start, int End) Span(IReadOnlyList<int> heads)
    {
        var (start, end) = (int.MaxValue, 0);
        foreach (var head in heads)
        {
            foreach (var w in NounPhrase(head))
            {
                start = Math.Min(start, _linkage.Words[w].Start);
                end = Math.Max(end, _linkage.Words[w].End);
            }
        }

        return (start, end);
    }

    // The verb, then each word above it in its group: an auxiliary (PP, Pv, Pg), a modal or "to" (I), a governing verb (TO, not
    // the object-control TOo, whose subject is the object; MVi, "agreed to back"), or the conjunction of coordinated verbs (VJ).
    private List<int> Group(int verb)
    {
        var group = new List<int> { verb };
        var current = verb;
        while (group.Count <= _linkage.Words.Count && Parent(current) is { } parent && !group.Contains(parent))
        {
            group.Add(parent);
            current = parent;
        }

        return group;
    }

    private int? Parent(int w)
    {
        foreach (var link in _into[w])
        {
            if (link.Left < w && !_linkage.Words[link.Left].IsWall
                && (link.Type is "PP" or "I" || (link.Type == "TO" && !link.Sub.StartsWith('o')) || (link.Type == "MV" && link.Sub.StartsWith('i'))
                    || (link.Type == "VJ" && link.Sub.StartsWith('r'))))
            {
                return link.Left;
            }

            if (link.Type == "P" && link.Sub.Length > 0 && link.Sub[0] is 'v' or 'g' && link.Left < w)
            {
                return link.Left;
            }
        }

        foreach (var link in _outOf[w])
        {
            if (link.Type == "VJ" && link.Sub.StartsWith('l'))
            {
                return link.Right;
            }
        }

        return null;
    }

    // The subject heads of a verb group's top word: its S link's left word (through a relative pronoun to the noun it stands
    // for), else the noun a participle describes (MX*p, Mg); coordinated nouns each count.
    private List<int> Subject(int top)
    {
        foreach (var link in _into[top])
        {
            if (link.Type == "S" && link.Left < top && !_linkage.Words[link.Left].IsWall)
            {
                return Conjuncts(Antecedent(link.Left));
            }
        }

        foreach (var link in _into[top])
        {
            if (link.Left < top && !_linkage.Words[link.Left].IsWall && ((link.Type == "MX" && link.Sub.Contains('p')) || (link.Type == "M" && link.Sub.StartsWith('g'))))
            {
                return Conjuncts(link.Left);
            }
        }

        return [];
    }

    private int Antecedent(int pronoun)
    {
        foreach (var link in _into[pronoun])
        {
            if (link.Left < pronoun && !_linkage.Words[link.Left].IsWall && (link.Type == "R" || (link.Type == "MX" && link.Sub.Contains('r'))))
            {
                return link.Left;
            }
        }

        return pronoun;
    }

    // A verb's objects: its O link's word, and each preposition's object (MV then J) of the verb or of its conjunction
    // (<paramref name="head"/>), coordinated nouns each counted.
    private List<List<int>> Objects(int head, int verb)
    {
        var objects = new List<List<int>>();
        foreach (var link in _outOf[head])
        {
            if (link.Type == "O" && link.Right > verb && head == verb)
            {
                objects.Add(Conjuncts(link.Right));
            }
            else if (link.Type == "MV" && link.Right > verb)
            {
                objects.AddRange(_outOf[link.Right].Where(j => j.Type == "J" && j.Right > link.Right).Select(j => Conjuncts(j.Right)));
            }
        }

        return objects;
    }

    // The nouns a conjunction joins (SJ), or the word itself.
    private List<int> Conjuncts(int w)
    {
        if (!_linkage.Words[w].IsConjunction)
        {
            return [w];
        }

        var conjuncts = new List<int>();
        conjuncts.AddRange(_into[w].Where(l => l.Type == "SJ" && l.Sub.StartsWith('l')).Select(l => l.Left));
        conjuncts.AddRange(_outOf[w].Where(l => l.Type == "SJ" && l.Sub.StartsWith('r')).Select(l => l.Right));
        return conjuncts.Count > 0 ? conjuncts : [w];
    }
}
