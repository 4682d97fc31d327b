using System.Collections.Frozen;
using System.Globalization;
using Orkhon.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orkhon.Analysis.Frameworks;

/// <summary>
/// Reads a framework file and validates it against the reference data: unknown codes, regions or
/// organisations, empty pillars, and a partner claimed by two pillars when the file states no
/// <c>priority</c> order are errors reported with the file and line.
/// </summary>
public static class FrameworkLoader
{
    public static PolicyFramework Load(string name, string yaml, ReferenceData reference)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(reference);
        var errors = new List<DataFileError>();
        var root = ParseRoot(name, yaml);
        var file = new YamlFields(name, root, errors);
        var id = file.Required("id");
        var country = file.Required("country");
        if (country.Length > 0 && reference.FindCountry(country) is null)
        {
            errors.Add(new DataFileError(name, file.Line("country"), $"unknown country code '{country}'"));
        }

        var pillars = ReadPillars(name, root, reference, errors);
        var provenance = ReadProvenance(file, errors);
        var neighbours = ReadNeighbours(file, reference, errors);
        var ordered = OrderByPriority(name, file, pillars, errors);
        if (errors.Count > 0)
        {
            throw new DataFileException(errors);
        }

        return new PolicyFramework(id, country, file.Required("title"), file.Optional("document"), file.Date("adopted"), file.Date("valid_from"),
            file.Date("valid_to"), file.Required("source_url"), ordered)
        {
            Provenance = provenance,
            ProvenanceNote = file.Optional("provenance_note"),
            NeighbourCodes = neighbours,
        };
    }

    // The document's root mapping; a file that is not YAML, or not a mapping, fails whole, at its first line or the parser's.
    private static YamlMappingNode ParseRoot(string name, string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map
                ? map
                : throw new DataFileException([new DataFileError(name, 1, "expected a mapping with id, country and pillars")]);
        }
        catch (YamlException e)
        {
            throw new DataFileException([new DataFileError(name, (int)e.Start.Line, "not valid YAML: " + e.Message)]);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet reports some malformed documents (e.g. an unclosed flow sequence) this way.
            throw new DataFileException([new DataFileError(name, 1, "not valid YAML: " + e.Message)]);
        }
    }

    // The pillars in the file's order, each with its line for later messages; a pillar defined twice keeps its first definition.
    private static List<(Pillar Pillar, int Line)> ReadPillars(string name, YamlMappingNode root, ReferenceData reference, List<DataFileError> errors)
    {
        var pillars = new List<(Pillar Pillar, int Line)>();
        if (!root.Children.TryGetValue(new YamlScalarNode("pillars"), out var pillarsNode) || pillarsNode is not YamlSequenceNode list || list.Children.Count == 0)
        {
            errors.Add(new DataFileError(name, (int)root.Start.Line, "'pillars' must be a non-empty list"));
            return pillars;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            if (node is not YamlMappingNode pillarMap)
            {
                errors.Add(new DataFileError(name, (int)node.Start.Line, "each pillar must be a mapping"));
                continue;
            }

            var pillar = ReadPillar(name, pillarMap, reference, errors);
            if (pillar is not null && !seen.Add(pillar.Id))
            {
                errors.Add(new DataFileError(name, (int)pillarMap.Start.Line, $"pillar '{pillar.Id}' is defined twice"));
            }
            else if (pillar is not null)
            {
                pillars.Add((pillar, (int)pillarMap.Start.Line));
            }
        }

        return pillars;
    }

    // Every shipped framework says whether it is an adopted document or an analyst's construct, because
    // every result that uses it prints that beside its numbers.
    private static FrameworkProvenance ReadProvenance(YamlFields file, List<DataFileError> errors)
    {
        var provenanceText = file.Required("provenance");
        if (provenanceText.Length > 0 && !FrameworkProvenances.TryParse(provenanceText, out _))
        {
            errors.Add(new DataFileError(file.File, file.Line("provenance"),
                $"provenance '{provenanceText}' is not {FrameworkProvenances.PolicyDocument} or {FrameworkProvenances.AnalystConstruct}"));
        }

        FrameworkProvenances.TryParse(provenanceText, out var provenance);
        return provenance;
    }

    // The neighbours list is optional; given, it names at least one actor, and only known ones.
    private static List<string>? ReadNeighbours(YamlFields file, ReferenceData reference, List<DataFileError> errors)
    {
        var neighbours = file.List("neighbours");
        foreach (var code in neighbours ?? [])
        {
            if (reference.FindActor(code) is null)
            {
                errors.Add(new DataFileError(file.File, file.Line("neighbours"), $"neighbours: unknown actor code '{code}'"));
            }
        }

        if (neighbours is { Count: 0 })
        {
            errors.Add(new DataFileError(file.File, file.Line("neighbours"), "neighbours must name at least one actor"));
        }

        return neighbours;
    }

    private static List<Pillar> OrderByPriority(string name, YamlFields file, List<(Pillar Pillar, int Line)> pillars, List<DataFileError> errors)
    {
        var priority = file.List("priority");
        if (priority is null)
        {
            // Without a stated order, a partner in two pillars would be counted by chance: refuse.
            for (var i = 0; i < pillars.Count; i++)
            {
                for (var j = i + 1; j < pillars.Count; j++)
                {
                    var shared = pillars[i].Pillar.Members.Intersect(pillars[j].Pillar.Members).Order(StringComparer.Ordinal).ToList();
                    if (shared.Count > 0)
                    {
                        errors.Add(new DataFileError(name, pillars[j].Line,
                            $"pillars '{pillars[i].Pillar.Id}' and '{pillars[j].Pillar.Id}' both cover {string.Join(", ", shared.Take(5))}{(shared.Count > 5 ? "…" : "")}; add a 'priority' list saying which comes first"));
                    }
                }
            }

            return pillars.Select(p => p.Pillar).ToList();
        }

        var byId = pillars.ToDictionary(p => p.Pillar.Id, p => p.Pillar, StringComparer.Ordinal);
        foreach (var p in priority.Where(p => !byId.ContainsKey(p)))
        {
            errors.Add(new DataFileError(name, file.Line("priority"), $"priority names unknown pillar '{p}'"));
        }

        foreach (var p in byId.Keys.Where(k => !priority.Contains(k)))
        {
            errors.Add(new DataFileError(name, file.Line("priority"), $"pillar '{p}' is missing from the priority list"));
        }

        return priority.Where(byId.ContainsKey).Select(p => byId[p]).ToList();
    }

    private static Pillar? ReadPillar(string name, YamlMappingNode map, ReferenceData reference, List<DataFileError> errors)
    {
        var fields = new YamlFields(name, map, errors);
        var id = fields.Required("id");
        if (id.Length > 0 && !IsKebabCase(id))
        {
            errors.Add(new DataFileError(name, fields.Line("id"), $"pillar id '{id}' must be kebab-case (e.g. third-neighbours)"));
        }

        var members = new HashSet<string>(StringComparer.Ordinal);
        var listed = fields.List("members") ?? [];
        foreach (var code in listed)
        {
            if (reference.FindActor(code) is null)
            {
                errors.Add(new DataFileError(name, fields.Line("members"), $"pillar '{id}': unknown actor code '{code}'"));
            }

            members.Add(code);
        }

        AddRegion(fields, "regions", c => c.Region, id, reference, members, errors);
        AddRegion(fields, "subregions", c => c.Subregion, id, reference, members, errors);
        foreach (var org in fields.List("member_of") ?? [])
        {
            var organisation = reference.FindOrganisation(org);
            if (organisation is null)
            {
                errors.Add(new DataFileError(name, fields.Line("member_of"), $"pillar '{id}': unknown organisation '{org}'"));
            }
            else if (organisation.Members.Count == 0)
            {
                errors.Add(new DataFileError(name, fields.Line("member_of"), $"pillar '{id}': the reference data records no members for '{org}'"));
            }
            else
            {
                members.UnionWith(organisation.Members);
            }
        }

        foreach (var code in fields.List("exclude") ?? [])
        {
            if (!members.Remove(code))
            {
                errors.Add(new DataFileError(name, fields.Line("exclude"), $"pillar '{id}': excluded code '{code}' is not in the pillar"));
            }
        }

        if (members.Count == 0)
        {
            errors.Add(new DataFileError(name, (int)map.Start.Line, $"pillar '{id}' is empty"));
            return null;
        }

        return new Pillar(id, fields.Optional("name") ?? id, fields.Optional("note"), fields.Optional("source_url"), members.ToFrozenSet(StringComparer.Ordinal), listed,
            fields.Date("valid_from"), fields.Date("valid_to"));
    }

    private static void AddRegion(YamlFields fields, string key, Func<Country, string> select, string id, ReferenceData reference, HashSet<string> members, List<DataFileError> errors)
    {
        foreach (var region in fields.List(key) ?? [])
        {
            var countries = reference.Countries.Where(c => c.Status is "member" or "observer" or "other" && select(c) == region).ToList();
            if (countries.Count == 0)
            {
                errors.Add(new DataFileError(fields.File, fields.Line(key), $"pillar '{id}': no country is in UN M49 {key[..^1]} '{region}'"));
            }

            members.UnionWith(countries.Select(c => c.Code));
        }
    }

    private static bool IsKebabCase(string id) =>
        id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && !id.StartsWith('-') && !id.EndsWith('-') && !id.Contains("--", StringComparison.Ordinal);

    /// <summary>Typed access to a YAML mapping's scalar and list fields, recording errors with line numbers.</summary>
    private sealed class YamlFields(string file, YamlMappingNode map, List<DataFileError> errors)
    {
        public string File { get; } = file;

        public int Line(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? (int)node.Start.Line : (int)map.Start.Line;

        public string? Optional(string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

        public string Required(string key)
        {
            var value = Optional(key);
            if (value is null)
            {
                errors.Add(new DataFileError(File, (int)map.Start.Line, $"missing '{key}'"));
            }

            return value ?? "";
        }

        public DateOnly? Date(string key)
        {
            var text = Optional(key);
            if (text is null || text == "null")
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            errors.Add(new DataFileError(File, Line(key), $"'{key}' must be a date YYYY-MM-DD, not '{text}'"));
            return null;
        }

        public List<string>? List(string key)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return null;
            }

            if (node is YamlSequenceNode seq)
            {
                return seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(v => v.Length > 0).ToList();
            }

            errors.Add(new DataFileError(File, (int)node.Start.Line, $"'{key}' must be a list"));
            return [];
        }
    }
}
