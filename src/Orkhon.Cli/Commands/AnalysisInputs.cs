using System.CommandLine;
using Orkhon.Analysis;
using Orkhon.Analysis.Frameworks;
using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Cli.Commands;

/// <summary>
/// The options every analysis verb shares (country, framework, date range, weights) and the step they
/// all begin with: the country's events turned into engagements under the chosen framework.
/// </summary>
internal sealed class AnalysisInputs
{
    public Option<string?> Country { get; } = CommonOptions.ActorCode("--country", "Whose foreign relations to measure");

    public Option<string?> Framework { get; } = new("--framework") { Description = "Framework id (default: the country's latest; list with 'orkhon frameworks')" };

    public Option<FuzzyDate?> From { get; } = CommonOptions.Date("--from", "Only events from this date");

    public Option<FuzzyDate?> To { get; } = CommonOptions.Date("--to", "Only events up to this date");

    public Option<string?> Weights { get; } = new("--weights")
    {
        Description = "Override significance weights, e.g. state-visit=4,statement=0.5 (classes: state-visit, official-visit, agreement, ministerial, cooperation, statement)",
    };

    public AnalysisInputs()
    {
        Country.DefaultValueFactory = _ => "MNG";
        Weights.Validators.Add(r =>
        {
            if (!SignificanceWeights.TryParse(r.GetValueOrDefault<string?>(), out _, out var error))
            {
                r.AddError("--weights: " + error);
            }
        });
        Framework.Validators.Add(r =>
        {
            var id = r.GetValueOrDefault<string?>();
            if (id is not null && FrameworkCatalog.Default.Find(id) is null)
            {
                r.AddError($"--framework: unknown framework '{id}' (known: {string.Join(", ", FrameworkCatalog.Default.All.Select(f => f.Id))})");
            }
        });
    }

    /// <summary>
    /// Sets the verb's action: open the store, resolve the framework (a country without one ends the run
    /// with a message and exit code 4), then run <paramref name="action"/>.
    /// </summary>
    public void SetAction(Command command, Func<ParseResult, CommandContext, PolicyFramework, int> action)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction(parse => CommandContext.Run(() =>
        {
            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            return ResolveFramework(parse) is { } framework ? action(parse, context, framework) : ExitCodes.NotFound;
        }));
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Country);
        command.Options.Add(Framework);
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Weights);
    }

    /// <summary>The framework to use, or null (with a message) when the country has none.</summary>
    public PolicyFramework? ResolveFramework(ParseResult parse)
    {
        var country = parse.GetValue(Country)!;
        var framework = parse.GetValue(Framework) is { } id ? FrameworkCatalog.Default.Find(id) : FrameworkCatalog.Default.DefaultFor(country);
        if (framework is null)
        {
            CommandContext.Error($"no framework for {country}; frameworks exist for {string.Join(", ", FrameworkCatalog.Default.All.Select(f => f.Country).Distinct())}");
        }
        else if (framework.Country != country)
        {
            CommandContext.Warning($"framework '{framework.Id}' describes {framework.Country}, not {country}");
        }

        return framework;
    }

    public List<Engagement> Engagements(ParseResult parse, CommandContext context, PolicyFramework framework)
    {
        SignificanceWeights.TryParse(parse.GetValue(Weights), out var weights, out _);
        var events = context.Store.QueryEvents(new EventQuery { Actor = parse.GetValue(Country), From = parse.GetValue(From), To = parse.GetValue(To), WithEvidences = false });
        return Engagement.Select(events, parse.GetValue(Country)!, framework, weights);
    }
}
