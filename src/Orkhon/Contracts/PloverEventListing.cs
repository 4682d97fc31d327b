using Orkhon.Domain;

namespace Orkhon.Contracts;

/// <summary>One page of kept PLOVER records and the total the filters select: what <c>events --plover</c> and <c>GET /api/plover-events</c> list.</summary>
/// <param name="Total">Records the filters select, whatever the page.</param>
/// <param name="Items">The page, in the events' order (date, then id).</param>
public sealed record PloverEventListing(int Total, IReadOnlyList<PloverEvent> Items);
