namespace JapanUsRelations.Store;

/// <summary>
/// Marks a <c>const string</c> field holding SQL the store runs. The query-plan test finds every marked field by
/// reflection and runs <c>EXPLAIN QUERY PLAN</c> on it against a real database, so a query that would read a whole
/// table is caught; a query that must is listed there with its reason.
/// </summary>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class StoreQueryAttribute : Attribute;
