namespace Orkhon.Claims;

/// <summary>What a claim states, and so which part of the record can check it.</summary>
public enum ClaimKind
{
    /// <summary>A country is (or became) a member of an organisation.</summary>
    Member,

    /// <summary>A country is (or became) an observer in an organisation.</summary>
    Observer,

    /// <summary>Two countries have a partnership of a named level.</summary>
    Partnership,

    /// <summary>Two countries signed a treaty (in a given year).</summary>
    Treaty,

    /// <summary>A visit is the first ever, or the first since a date, of its kind between two countries.</summary>
    FirstVisit,
}
