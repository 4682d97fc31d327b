namespace Orkhon.Storage;

/// <summary>
/// Whether this build may open a store whose schema is at a given version: both stores number their
/// migrations from 1 and refuse the same two cases, with the same advice.
/// </summary>
internal static class SchemaCompatibility
{
    /// <summary>
    /// Throws when the store at <paramref name="location"/> was written by a newer build, or is older than this
    /// build and opened read-only (migrating needs write access); <paramref name="kind"/> ("file", "database")
    /// names what else the user could open instead.
    /// </summary>
    public static void ThrowIfUnusable(int version, int latest, string location, string kind, StoreAccessMode mode)
    {
        if (version > latest)
        {
            throw new StoreException(StoreErrorKind.NewerSchema, location,
                $"{location}: created by a newer Orkhon (schema version {version}; this build knows up to {latest}); upgrade Orkhon or use another {kind}");
        }

        if (mode == StoreAccessMode.ReadOnly && version < latest)
        {
            throw new StoreException(StoreErrorKind.NeedsMigration, location,
                $"{location}: schema version {version} must be migrated to {latest} before it can be read; run 'orkhon init' once with write access");
        }
    }
}
