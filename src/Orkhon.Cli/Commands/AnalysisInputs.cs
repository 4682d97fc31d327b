using System.CommandLine;
using System.CommandLine.Parsing;
using Orkhon.Contracts;

namespace Orkhon.Cli.Commands;

/// <summary>
/// The options every analysis verb shares (country, framework, date range, weights). They are taken as
/// text and read by the library's request parsers, the same ones the API uses: a bad value is refused with
/// the same message on both sides (here as <c>--name: message</c>, exit 1).
/// </summary>
internal sealed class AnalysisInputs
{
    public Option<string?> Country { get; } = new("--country") { Description = $"Whose foreign relations to measure (default: {AnalysisScope.DefaultCountry})" };

    public Option<string?> Framework { get; } = new("--framework") { Description = "Framework id (default: the country's latest; list with 'orkhon frameworks')" };

    public Option<string?> From { get; } = new("--from") { Description = "Only events from this date (ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD)" };

    public Option<string?> To { get; } = new("--to") { Description = "Only events up to this date (ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD)" };

    public Option<string?> Weights { get; } = new("--weights")
    {
        Description = "Override significance weights, e.g. state-visit=4,statement=0.5 (classes: state-visit, official-visit, agreement, ministerial, cooperation, statement)",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Country);
        command.Options.Add(Framework);
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Weights);
    }

    /// <summary>The shared options' values by their API parameter names.</summary>
    public RequestValues Values(SymbolResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new RequestValues().Add("country", result.GetValue(Country)).Add("framework", result.GetValue(Framework))
            .Add("from", result.GetValue(From)).Add("to", result.GetValue(To)).Add("weights", result.GetValue(Weights));
    }
}
