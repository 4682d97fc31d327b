using System.Collections.Frozen;

namespace Orkhon.Extraction.Lexicon;

/// <summary>
/// The forms of an English word a news sentence may use: a verb's base, third person, past, past participle
/// and gerund ("visit, visits, visited, visiting"; "meet, meets, met, meeting"), British and American
/// spellings; a noun's two numbers.
/// </summary>
public static class Inflection
{
    // base → (past, participle)
    private static readonly FrozenDictionary<string, (string Past, string Participle)> s_irregular = new Dictionary<string, (string, string)>
    {
        ["meet"] = ("met", "met"), ["hold"] = ("held", "held"), ["make"] = ("made", "made"), ["pay"] = ("paid", "paid"),
        ["go"] = ("went", "gone"), ["fly"] = ("flew", "flown"), ["take"] = ("took", "taken"), ["send"] = ("sent", "sent"),
        ["give"] = ("gave", "given"), ["leave"] = ("left", "left"), ["lead"] = ("led", "led"), ["seek"] = ("sought", "sought"),
        ["bring"] = ("brought", "brought"), ["come"] = ("came", "come"), ["become"] = ("became", "become"), ["cut"] = ("cut", "cut"),
        ["break"] = ("broke", "broken"), ["set"] = ("set", "set"), ["put"] = ("put", "put"), ["shut"] = ("shut", "shut"),
        ["hit"] = ("hit", "hit"), ["win"] = ("won", "won"), ["begin"] = ("began", "begun"), ["tell"] = ("told", "told"),
        ["say"] = ("said", "said"), ["speak"] = ("spoke", "spoken"), ["sell"] = ("sold", "sold"), ["buy"] = ("bought", "bought"),
        ["lend"] = ("lent", "lent"), ["spend"] = ("spent", "spent"), ["build"] = ("built", "built"), ["stand"] = ("stood", "stood"),
        ["withdraw"] = ("withdrew", "withdrawn"), ["draw"] = ("drew", "drawn"), ["see"] = ("saw", "seen"), ["get"] = ("got", "got"),
        ["forbid"] = ("forbade", "forbidden"), ["shake"] = ("shook", "shaken"), ["fight"] = ("fought", "fought"), ["hang"] = ("hung", "hung"),
        ["undertake"] = ("undertook", "undertaken"), ["overtake"] = ("overtook", "overtaken"), ["shoot"] = ("shot", "shot"),
        ["split"] = ("split", "split"), ["strike"] = ("struck", "struck"), ["swear"] = ("swore", "sworn"), ["freeze"] = ("froze", "frozen"), ["rise"] = ("rose", "risen"), ["bid"] = ("bid", "bid"),
        ["beat"] = ("beat", "beaten"), ["drive"] = ("drove", "driven"), ["lay"] = ("laid", "laid"), ["sink"] = ("sank", "sunk"), ["overrun"] = ("overran", "overrun"),
        ["sit"] = ("sat", "sat"), ["find"] = ("found", "found"), ["have"] = ("had", "had"), ["unfreeze"] = ("unfroze", "unfrozen"),
    }.ToFrozenDictionary();

    // Final consonants doubled before -ed/-ing (stop → stopped); travel-type verbs take both spellings.
    private static readonly FrozenSet<string> s_doubling = FrozenSet.Create("stop", "plan", "expel", "commit", "admit", "control", "equip", "ship", "drop", "ban", "bar", "submit", "rebel", "shop", "step", "slam", "patrol", "compel", "propel", "omit", "confer", "refer", "prefer", "defer", "transfer", "occur", "regret", "abet", "outstrip", "ram", "kidnap", "slap", "grab", "rebut", "swap", "plot", "wrap", "extol", "snub", "scrap", "shun", "airdrop");
    private static readonly FrozenSet<string> s_bothSpellings = FrozenSet.Create("travel", "cancel", "label", "model", "signal", "total", "fuel", "channel", "initial");

    /// <summary>Every form of the verb, lower case, the base first.</summary>
    public static IReadOnlyList<string> Forms(string lemma)
    {
        ArgumentException.ThrowIfNullOrEmpty(lemma);
        if (lemma == "be")
        {
            return ["be", "is", "are", "was", "were", "been", "being", "'s", "'re"];
        }

        var forms = new List<string> { lemma, ThirdPerson(lemma) };
        if (s_irregular.TryGetValue(lemma, out var irregular))
        {
            forms.Add(irregular.Past);
            forms.Add(irregular.Participle);
        }
        else
        {
            forms.AddRange(Past(lemma));
        }

        forms.AddRange(Gerund(lemma));
        // British -ise verbs are also written -ize, and the reverse.
        if (lemma.EndsWith("ise", StringComparison.Ordinal) || lemma.EndsWith("ize", StringComparison.Ordinal))
        {
            var other = lemma[..^3] + (lemma.EndsWith("ise", StringComparison.Ordinal) ? "ize" : "ise");
            forms.AddRange([other, other + "s", other + "d", other[..^1] + "ing"]);
        }

        return forms.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A noun in both numbers, lower case, the given form first: "sanction, sanctions", "treaty, treaties",
    /// "accords, accord", "talks, talk". Used for the words a phrase requires after it, which news writes in
    /// either number ("imposed a tariff", "imposed tariffs").
    /// </summary>
    public static IReadOnlyList<string> NounForms(string noun)
    {
        ArgumentException.ThrowIfNullOrEmpty(noun);
        var word = noun.ToLowerInvariant();
        return Singular(word) is { } singular ? [word, singular] : [word, Plural(word)];
    }

    private static string Plural(string noun) =>
        noun.EndsWith('y') && noun.Length > 1 && !IsVowel(noun[^2]) ? noun[..^1] + "ies"
        : noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith('z') || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith("ch", StringComparison.Ordinal) ? noun + "es"
        : noun + "s";

    // Only for a word that looks plural; "ss" endings ("congress", "access") are singular already.
    private static string? Singular(string noun) =>
        noun.Length <= 3 || !noun.EndsWith('s') || noun.EndsWith("ss", StringComparison.Ordinal) || noun.EndsWith("us", StringComparison.Ordinal) || noun.EndsWith("is", StringComparison.Ordinal) ? null
        : noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y"
        : noun.EndsWith("sses", StringComparison.Ordinal) || noun.EndsWith("xes", StringComparison.Ordinal) || noun.EndsWith("ches", StringComparison.Ordinal) || noun.EndsWith("shes", StringComparison.Ordinal) ? noun[..^2]
        : noun[..^1];

    /// <summary>The past participle forms (used to recognise the passive voice).</summary>
    public static IReadOnlyList<string> Participles(string lemma) =>
        s_irregular.TryGetValue(lemma, out var irregular) ? [irregular.Participle] : Past(lemma);

    private static string ThirdPerson(string lemma) =>
        lemma.EndsWith('y') && lemma.Length > 1 && !IsVowel(lemma[^2]) ? lemma[..^1] + "ies"
        : lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('o') ? lemma + "es"
        : lemma + "s";

    private static List<string> Past(string lemma)
    {
        if (lemma.EndsWith('e'))
        {
            return [lemma + "d"];
        }

        if (lemma.EndsWith('y') && lemma.Length > 1 && !IsVowel(lemma[^2]))
        {
            return [lemma[..^1] + "ied"];
        }

        if (s_doubling.Contains(lemma))
        {
            return [lemma + lemma[^1] + "ed"];
        }

        return s_bothSpellings.Contains(lemma) ? [lemma + lemma[^1] + "ed", lemma + "ed"] : [lemma + "ed"];
    }

    private static List<string> Gerund(string lemma)
    {
        if (lemma.EndsWith("ie", StringComparison.Ordinal))
        {
            return [lemma[..^2] + "ying"];
        }

        if (lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal))
        {
            return [lemma[..^1] + "ing"];
        }

        if (s_doubling.Contains(lemma))
        {
            return [lemma + lemma[^1] + "ing"];
        }

        return s_bothSpellings.Contains(lemma) ? [lemma + lemma[^1] + "ing", lemma + "ing"] : [lemma + "ing"];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
