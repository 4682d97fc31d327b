using System.CommandLine;
using System.Globalization;
using Orkhon.Analysis;
using Orkhon.Contracts;
using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Cli.Commands;

/// <summary>The filters of <c>events</c>, shared with <c>export</c> so both select events the same way.</summary>
internal sealed class EventFilters
{
    private readonly Option<string?> _actor = CommonOptions.ActorCode("--actor", "Events where this actor is source or target (e.g. MNG)");
    private readonly Option<string?> _partner = CommonOptions.ActorCode("--partner", "With --actor: events between the two, either direction; alone: events involving it");
    private readonly Option<string?> _source = CommonOptions.ActorCode("--source", "Events done by this actor (e.g. --source KGZ --target MNG: Kyrgyzstan's visits to Mongolia)");
    private readonly Option<string?> _target = CommonOptions.ActorCode("--target", "Events done to this actor (e.g. --target MNG --code 042: who visited Mongolia)");
    private readonly Option<FuzzyDate?> _from = CommonOptions.Date("--from", "Events on or after this date");
    private readonly Option<FuzzyDate?> _to = CommonOptions.Date("--to", "Events on or before this date");
    private readonly Option<string?> _code = new("--code") { Description = "CAMEO code prefix: 04 = all consultations, 042 = visits" };
    private readonly Option<EventOrigin?> _origin = CommonOptions.Origin("curated|extracted|imported");
    private readonly Option<string?> _eventClass = new("--class") { Description = "visit (CAMEO 042/043), agreement (signed treaties, agreements, partnerships; CAMEO 054/057) or conflict (CAMEO 09-20)" };
    private readonly Option<string?> _pillar = new("--pillar") { Description = "With --actor: events with partners in this pillar of the actor's framework at the event's date (e.g. central-asia)" };
    private readonly Option<string?> _framework = new("--framework") { Description = "With --pillar: the framework (default: the actor's latest)" };
    private readonly Option<int?> _limit = CommonOptions.Limit("At most this many events");
    private readonly Option<bool> _newest = new("--newest-first") { Description = "Newest events first" };

    public EventFilters()
    {
        _code.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && (value.Length is < 2 or > 4 || !value.All(char.IsAsciiDigit)))
            {
                r.AddError($"--code: '{value}' is not a CAMEO code prefix (2 to 4 digits, e.g. 04 or 042)");
            }
        });
        _eventClass.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && !EventClasses.TryParse(value, out _))
            {
                r.AddError($"--class: '{value}' is not one of {string.Join(", ", EventClasses.All.Select(EventClasses.Name))}");
            }
        });
    }

    public IEnumerable<Option> Options => [_actor, _partner, _source, _target, _from, _to, _code, _origin, _eventClass, _pillar, _framework, _limit, _newest];

    /// <summary>The pillar scope the options ask for, or the usage error (<c>--NAME: message</c>) that refuses them.</summary>
    public string? ResolveScope(ParseResult parse, out PillarScope? scope)
    {
        if (PillarScope.Resolve(parse.GetValue(_actor), parse.GetValue(_pillar), parse.GetValue(_framework), out scope) is { } problem)
        {
            return $"--{problem.Parameter}: {problem.Message}";
        }

        return null;
    }

    /// <summary>
    /// The kept PLOVER records (no one CAMEO code) the same options select, through the request the API parses too
    /// (<see cref="PloverEventsRequest"/>): actor, partner, direction, dates, origin, limit and order; a CAMEO code,
    /// class, pillar or framework selects none, each being a set of CAMEO codes.
    /// </summary>
    /// <param name="alreadyListed">Events listed before the records (an export writes both): <c>--limit</c> bounds the two together.</param>
    public PloverEventListing QueryPlover(ParseResult parse, IEventStore store, int alreadyListed = 0)
    {
        var values = new RequestValues()
            .Add("actor", parse.GetValue(_actor)).Add("partner", parse.GetValue(_partner))
            .Add("source", parse.GetValue(_source)).Add("target", parse.GetValue(_target))
            .Add("from", parse.GetValue(_from)?.ToString()).Add("to", parse.GetValue(_to)?.ToString())
            .Add("code", parse.GetValue(_code)).Add("origin", parse.GetValue(_origin)?.ToName())
            .Add("class", parse.GetValue(_eventClass)).Add("pillar", parse.GetValue(_pillar)).Add("framework", parse.GetValue(_framework))
            .Add("limit", parse.GetValue(_limit)?.ToString(CultureInfo.InvariantCulture))
            .Add("sort", parse.GetValue(_newest) ? "-date" : null);
        if (!PloverEventsRequest.TryParse(values, out var request, out var error))
        {
            throw new InvalidOperationException("a validated command line no longer parses: " + RequestBinding.Describe(error!));
        }

        if (request.Query.Limit is { } limit && alreadyListed > 0)
        {
            // The events took part of the limit; what is left may be none (the store's LIMIT 0, not "all").
            request = request with { Query = request.Query with { Limit = Math.Max(0, limit - alreadyListed) } };
        }

        return request.List(store);
    }

    /// <summary>The selected events, as <c>events</c> lists them.</summary>
    public EventListing Query(ParseResult parse, IEventStore store, PillarScope? scope)
    {
        EventClass? cls = EventClasses.TryParse(parse.GetValue(_eventClass), out var c) ? c : null;
        return EventListing.Query(store, new EventQuery
        {
            Actor = parse.GetValue(_actor),
            Partner = parse.GetValue(_partner),
            Source = parse.GetValue(_source),
            Target = parse.GetValue(_target),
            From = parse.GetValue(_from),
            To = parse.GetValue(_to),
            CodePrefix = parse.GetValue(_code),
            Origin = parse.GetValue(_origin),
            Limit = parse.GetValue(_limit),
            Descending = parse.GetValue(_newest),
        }, cls, scope);
    }
}
