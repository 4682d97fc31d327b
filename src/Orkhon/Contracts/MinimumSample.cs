using System.Globalization;

namespace Orkhon.Contracts;

/// <summary>
/// The fewest events a share, a tilt or a pivot needs before it is read as a finding. Below it the value is
/// still given (JSON keeps it, with a <c>too_few_events</c> flag beside it) but the tables print "too few
/// events" instead of a percentage, so one event never shows as a 100 % share.
/// </summary>
public static class MinimumSample
{
    /// <summary>
    /// Ten events: with fewer, the exact 95 % interval of any share is wider than ±30 points (at 5 of 10 it
    /// runs 19 %–81 %), too wide to tell one direction from another.
    /// </summary>
    public const int DefaultEvents = 10;

    /// <summary>A bound on the parameter so a typo cannot ask for a sample no store holds.</summary>
    public const int MaxEvents = 1_000_000;

    /// <summary>Reads <c>min_events</c>: a whole number from 0 (flag nothing) to <see cref="MaxEvents"/>; absent is <see cref="DefaultEvents"/>.</summary>
    public static bool TryParse(RequestValues values, out int minEvents, out RequestError? error)
    {
        ArgumentNullException.ThrowIfNull(values);
        error = null;
        minEvents = DefaultEvents;
        if (values.Get("min_events") is not { } text)
        {
            return true;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out minEvents) || minEvents > MaxEvents)
        {
            error = new RequestError("min_events", $"'{Parameters.Shorten(text)}' is not a whole number from 0 to {MaxEvents:N0}");
            minEvents = DefaultEvents;
            return false;
        }

        return true;
    }
}
