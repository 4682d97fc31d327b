namespace Orkhon.Analysis.Corridors;

/// <summary>A place a route passes, in order, with its coordinates (degrees, rounded to 0.01) and the page they were read from.</summary>
public sealed record Waypoint(string Place, double Latitude, double Longitude, string SourceUrl);
