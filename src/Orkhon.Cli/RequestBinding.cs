using System.CommandLine;
using System.CommandLine.Parsing;
using Orkhon.Contracts;

namespace Orkhon.Cli;

/// <summary>A library request parser (<c>BalanceRequest.TryParse</c> and the like) over a verb's option values.</summary>
internal delegate bool RequestParser<TRequest>(RequestValues values, out TRequest request, out RequestError? error);

/// <summary>
/// Binds a verb's options to the library's request: the parser runs as the command's validator, so a
/// refused value is a one-line usage error (exit 1) before any database is opened, worded as the API's 400.
/// </summary>
internal static class RequestBinding
{
    public static void Validate<TRequest>(Command command, Func<SymbolResult, RequestValues> values, RequestParser<TRequest> parser)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Validators.Add(result =>
        {
            if (!parser(values(result), out _, out var error))
            {
                result.AddError(Describe(error!));
            }
        });
    }

    /// <summary>The request of a command line that passed validation.</summary>
    public static TRequest Parse<TRequest>(ParseResult parse, Func<SymbolResult, RequestValues> values, RequestParser<TRequest> parser)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parser(values(parse.CommandResult), out var request, out var error)
            ? request
            : throw new InvalidOperationException("a validated command line no longer parses: " + Describe(error!));
    }

    /// <summary>An error as the command line words it: the option (API <c>min_events</c> is <c>--min-events</c>), then the library's message.</summary>
    public static string Describe(RequestError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return $"--{error.Parameter.Replace('_', '-')}: {error.Message}";
    }
}
