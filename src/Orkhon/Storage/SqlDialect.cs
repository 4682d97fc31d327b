using System.Data;
using System.Data.Common;
using System.Globalization;

namespace Orkhon.Storage;

/// <summary>
/// The few places where the two stores' SQL for the same condition must differ; everything else the stores
/// share is written once against ADO.NET's <see cref="DbCommand"/> with <c>@name</c> parameters, which both
/// Microsoft.Data.Sqlite and Npgsql accept.
/// </summary>
internal sealed class SqlDialect
{
    // SQLite has no date type: days are stored as ISO text, which sorts like the day itself.
    public static readonly SqlDialect Sqlite = new(
        day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        (column, parameter) => $"substr({column}, 1, length({parameter})) = {parameter}",
        noLimit: -1);

    // PostgreSQL's date columns take a DateOnly, and it has a prefix test of its own.
    public static readonly SqlDialect Postgres = new(
        day => day,
        (column, parameter) => $"starts_with({column}, {parameter})",
        noLimit: DBNull.Value);

    private readonly Func<DateOnly, object> _day;
    private readonly Func<string, string, string> _startsWith;

    private SqlDialect(Func<DateOnly, object> day, Func<string, string, string> startsWith, object noLimit)
    {
        _day = day;
        _startsWith = startsWith;
        NoLimit = noLimit;
    }

    /// <summary>The LIMIT value that means "all rows": SQLite takes a negative number, PostgreSQL NULL.</summary>
    public object NoLimit { get; }

    /// <summary>The parameter value for a day compared with the stores' <c>date_start</c>/<c>date_end</c> columns.</summary>
    public object Day(DateOnly day) => _day(day);

    /// <summary>
    /// The condition that <paramref name="column"/> starts with the text of <paramref name="parameter"/>; never
    /// LIKE, so a prefix containing % or _ does not act as a pattern.
    /// </summary>
    public string StartsWith(string column, string parameter) => _startsWith(column, parameter);

    /// <summary>
    /// Adds a named value to <paramref name="command"/>; each provider infers the column type from the value unless
    /// <paramref name="type"/> states it (needed where the value may be a NULL, which carries no type).
    /// </summary>
    public static void Bind(DbCommand command, string name, object value, DbType? type = null)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        if (type is { } stated)
        {
            parameter.DbType = stated;
        }

        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
