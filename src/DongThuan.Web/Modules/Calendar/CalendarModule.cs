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
        return app;
    }
}
