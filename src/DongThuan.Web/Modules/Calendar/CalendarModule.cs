namespace DongThuan.Web.Modules.Calendar;

public static class CalendarModule
{
    public static IServiceCollection AddCalendar(this IServiceCollection services) =>
        services.AddScoped<WorkingCalendar>().AddScoped<Deadlines>();

    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder app)
    {
        // Public: anyone may convert dates, see the days off and work out a deadline.
        var api = app.MapGroup("/api/v1/calendar").WithTags("Calendar").AllowAnonymous();
        api.MapGet("/lunar", Api.ConvertToLunar.Handle);
        api.MapGet("/solar", Api.ConvertToSolar.Handle);
        api.MapGet("/holidays", Api.ListHolidays.HandleAsync);
        api.MapGet("/due", Api.ComputeDue.HandleAsync);

        // The rules are read by staff (the obligations cite them); rules and days off are changed by administrators.
        var admin = app.MapGroup("/api/v1/calendar").WithTags("Calendar");
        admin.MapGet("/rules", Api.CalendarAdmin.ListRulesAsync).RequireAuthorization(Accounts.Permissions.Staff);
        admin.MapPost("/rules", Api.CalendarAdmin.AddRuleAsync).RequireAuthorization(Accounts.Permissions.Administer);
        admin.MapPut("/rules/{id:guid}", Api.CalendarAdmin.ChangeRuleAsync).RequireAuthorization(Accounts.Permissions.Administer);
        admin.MapPost("/days", Api.CalendarAdmin.AddDayAsync).RequireAuthorization(Accounts.Permissions.Administer);
        admin.MapDelete("/days/{date}", Api.CalendarAdmin.RemoveDayAsync).RequireAuthorization(Accounts.Permissions.Administer);
        return app;
    }
}
