namespace Orkhon.Contracts;

/// <summary>
/// Why a request cannot be answered, naming the parameter at fault. The command line prints it as
/// <c>--{Parameter}: {Message}</c> and exits 1; the API answers 400 with <c>errors.{Parameter} = [Message]</c>.
/// </summary>
public sealed record RequestError(string Parameter, string Message);
