// Generated from openapi.yaml by `npm run gen:api` (openapi-typescript). Do not edit by hand.

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alive
         * @description The process is alive (no database call).
         */
        get: operations["health-alive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready
         * @description The database answers and its schema is at the newest migration.
         */
        get: operations["health-ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description Start a browser session: an HttpOnly, SameSite=Strict cookie and a CSRF token.
         */
        post: operations["auth-login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current Session
         * @description The logged-in user, their permissions and the CSRF token for this session.
         */
        get: operations["auth-session"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout
         * @description End this browser session.
         */
        post: operations["auth-logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Password
         * @description Change one's own password; the user's other sessions end.
         */
        post: operations["auth-change_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-days/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Add
         * @description The `days`-th working day after `start` (day 1 is the first working day after it).
         */
        get: operations["working_days-add"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/working-days/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count
         * @description Working days d with from < d <= to; negative when `to` is before `from`.
         */
        get: operations["working_days-count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Sites
         * @description The centre's training sites.
         */
        get: operations["centre-list_sites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/closure-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Closure Days
         * @description Days the centre has closed beyond holidays and the default closure days.
         */
        get: operations["centre-list_closure_days"];
        put?: never;
        /**
         * Add Closure Day
         * @description Add a closure day. Deadlines already set on existing cases keep their dates; the
         *     bookings on the day are listed in `hits`, to rebook, and the team occurrences in
         *     `team_hits` (nothing is deleted).
         */
        post: operations["centre-add_closure_day"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/closure-days/{closure_day_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove Closure Day */
        delete: operations["centre-remove_closure_day"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/legal-bases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Legal Bases */
        get: operations["centre-list_legal_bases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-standard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Service Standard
         * @description Every version of every limit; a case uses those in force on its day of receipt.
         */
        get: operations["centre-list_service_standard"];
        put?: never;
        /**
         * Add Service Standard Version
         * @description A new version of the limits for one legal basis, in force for cases received from its
         *     date on; cases received before keep the version they were received under.
         */
        post: operations["centre-add_service_standard_version"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/therapists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Therapists
         * @description Active staff who can hold an initial conversation, for booking one.
         */
        get: operations["centre-list_therapists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Citizen
         * @description Register a citizen (borger).
         */
        post: operations["citizens-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{citizen_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Citizen
         * @description The citizen's record, for callers who may see one of their cases.
         */
        get: operations["citizens-get"];
        /**
         * Edit Citizen
         * @description Replace the citizen's record; each changed field goes in its history (who, when, old
         *     and new value). Only for callers who may see one of the citizen's cases.
         */
        put: operations["citizens-edit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{citizen_id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Changes
         * @description The history of the citizen's record, newest first.
         */
        get: operations["citizens-list_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{citizen_id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Cases
         * @description The citizen's cases within the caller's reach, newest first, with their letters.
         */
        get: operations["citizens-list_cases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search Citizens
         * @description Find citizens by CPR number, by part of the name or by phone number.
         *
         *     A name or phone search finds the citizens the caller may see. A CPR look-up finds any citizen of
         *     the centre, so that nobody is registered twice and a referral can name them, but answers
         *     the full record only of one the caller may see: else `record` is null.
         */
        post: operations["citizens-search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens/{citizen_id}/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Courses
         * @description The citizen's courses at the centre, earlier ones recorded by staff included.
         */
        get: operations["citizens-list_courses"];
        put?: never;
        /**
         * Record Earlier Course
         * @description A municipal course from before this system, with its end date, so the 5-month
         *     quarantine on renewed genoptræning applications sees it. Only for callers who may see one
         *     of the citizen's cases: the course changes the quarantine on all of them.
         */
        post: operations["citizens-record_earlier_course"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{course_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Course
         * @description The course: its plan, goals with every version, content, journal notes, frequency
         *     exceptions and appointments.
         */
        get: operations["courses-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{course_id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set Plan
         * @description Replace the plan (disciplines, form, site, responsible therapists, start, planned
         *     end); the change is dated.
         */
        put: operations["courses-set_plan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{course_id}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Goal
         * @description A goal agreed with the citizen, not started yet; its first version is kept.
         */
        post: operations["courses-add_goal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{course_id}/goals/{goal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change Goal
         * @description The goal's next version; the earlier ones are kept in its history.
         */
        patch: operations["courses-change_goal"];
        trace?: never;
    };
    "/api/v1/courses/{course_id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set Services
         * @description The course's content as FSIII training services (national codes only).
         */
        put: operations["courses-set_services"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{course_id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Note
         * @description A journal note; never edited. A correction names the note it corrects, which must be
         *     of the same course (rule `correction_same_course`, `corrected_note_id` names it).
         */
        post: operations["courses-add_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{course_id}/frequency-exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Frequency Exception
         * @description More sessions a week than the service standard's limit, for a period: a reason and an
         *     end date.
         */
        post: operations["courses-add_frequency_exception"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/frequency-exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Exceptions In Force
         * @description For the team leader: the frequency exceptions in force today, with their citizens.
         */
        get: operations["courses-list_exceptions_in_force"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book
         * @description Book an individual appointment of a course. Refused with the rule named: an overlap
         *     of the provider, the citizen or a full room (409 naming the booking met), a day outside
         *     the course or a closure day, outside working hours or during an absence without a
         *     reason, beyond the week's frequency limit without an exception (`limit`, `iso_week`).
         */
        post: operations["scheduling-book"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{appointment_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel
         * @description Afbud: the booking is kept, cancelled, and its time is free again.
         */
        post: operations["scheduling-cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{appointment_id}/attended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark Attended
         * @description The citizen came to a session that has begun.
         */
        post: operations["scheduling-mark_attended"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{staff_id}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff Appointments
         * @description The member of staff's bookings between two days (their week); the citizen is named
         *     only where the caller may see the course.
         */
        get: operations["scheduling-staff_appointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My Day
         * @description Min dag: the caller's appointments today, with the citizen's name and phone, and the
         *     address for a visit at home or nearby.
         */
        get: operations["scheduling-my_day"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{staff_id}/working-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Working Hours
         * @description The member of staff's working week (Copenhagen time).
         */
        get: operations["scheduling-get_working_hours"];
        /**
         * Set Working Hours
         * @description Replace the member of staff's working week; bookings outside it need a reason.
         */
        put: operations["scheduling-set_working_hours"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{staff_id}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Absence
         * @description Holiday, illness or a course: whole days. The answer lists the bookings it hits.
         */
        post: operations["scheduling-add_absence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{site_id}/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Rooms
         * @description The site's rooms with their capacity.
         */
        get: operations["scheduling-list_rooms"];
        put?: never;
        /**
         * Add Room
         * @description A room at the site; `capacity` sessions may use it at once.
         */
        post: operations["scheduling-add_room"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home-helpers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Home Helpers
         * @description The home helpers of the municipal home care who give vedligeholdende training.
         */
        get: operations["scheduling-list_home_helpers"];
        put?: never;
        /**
         * Add Home Helper
         * @description A home helper: a name and a home-care unit, no login.
         */
        post: operations["scheduling-add_home_helper"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Teams
         * @description The centre's teams with their seats taken.
         */
        get: operations["teams-list"];
        put?: never;
        /**
         * Create
         * @description Create a team; its occurrences are planned from the weekly times, skipping closure
         *     days and public holidays. Refused: a room smaller than the capacity (422,
         *     `team_room_capacity`), a room of another site, the room taken at one of its times (409).
         */
        post: operations["teams-create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get
         * @description The team with its occurrences, seats and waiting list (citizens named where the
         *     caller may see their course).
         */
        get: operations["teams-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}/occurrences/{planned_on}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move Occurrence
         * @description New times for one occurrence (held again if it was cancelled); no other changes.
         *     Refused on a closure day, over another occurrence of the team or a booking of its room.
         */
        post: operations["teams-move_occurrence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}/occurrences/{planned_on}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Occurrence
         * @description Aflys one occurrence; its row stays, cancelled.
         */
        post: operations["teams-cancel_occurrence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}/rest-of-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Rest
         * @description New weekly times from a date to the team's end: one row per planned date, the dates
         *     the new times drop removed (listed), earlier occurrences unchanged.
         */
        post: operations["teams-change_rest_of_series"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}/rest-of-series/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Rest
         * @description Aflys every occurrence from a date; the rows stay.
         */
        post: operations["teams-cancel_rest_of_series"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}/seats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take Seat
         * @description A seat for a course: an open course of the team's site and discipline, within the
         *     weekly team limit. A full team answers 409 with `waiting_list_offered`; a seat offered
         *     to another course is not free; the course offered a seat takes it here.
         */
        post: operations["teams-take_seat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}/seats/{seat_id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release Seat
         * @description The seat is given up from a day; the team leader may then offer it.
         */
        post: operations["teams-release_seat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}/waiting-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Join Waiting List
         * @description The course joins the end of the waiting list, once.
         */
        post: operations["teams-join_waiting_list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}/waiting-list/offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Offer Seat
         * @description The team leader confirms: a free seat is offered to the first waiting without an
         *     offer, and held for them. Refused when no seat is free (`no_free_seat`).
         */
        post: operations["teams-offer_seat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}/waiting-list/{course_id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline Seat
         * @description The citizen declines the seat offered and leaves the list; the next waiting is
         *     offered it.
         */
        post: operations["teams-decline_seat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{course_id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose
         * @description The next free individual times for the course (one a day, in time order): in a
         *     therapist's working hours (the chosen one, or any clinical member of staff of the
         *     course's site), outside absences and bookings, in a room of the site with space, not on
         *     a closure day, not over the citizen's bookings, within the course and its weekly limit;
         *     and the site's teams of its discipline with a free seat. Nothing is booked.
         */
        post: operations["scheduling-propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{course_id}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book Series
         * @description A weekly series from a proposal, every date with its refusal (rule and Danish text).
         *     Without `commit` nothing is saved; with it the accepted dates are booked in one
         *     transaction and the refused ones left out.
         */
        post: operations["scheduling-book_series"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{appointment_id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move
         * @description New times for a booked appointment, after every rule of a booking (a clash is a 409
         *     naming the booking met, a closure day or a full week a 422); refused, nothing changes.
         */
        post: operations["scheduling-move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/feeds/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Feed Status */
        get: operations["calendar-feed_status"];
        put?: never;
        /**
         * Issue Feed
         * @description A new private feed address for the caller (shown once); any earlier one stops.
         */
        post: operations["calendar-issue_feed"];
        /**
         * Revoke Feed
         * @description The caller's feed address stops working (404).
         */
        delete: operations["calendar-revoke_feed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/{staff_id}/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke Feed Of
         * @description The team leader stops a member of staff's feed address.
         */
        delete: operations["calendar-revoke_feed_of"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/feeds/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff Feed
         * @description A member of staff's appointments and teams, a month back and half a year ahead:
         *     time, kind and place (site and room, or "Hjemmebesøg"), never a citizen. A revoked or
         *     unknown address answers 404.
         */
        get: operations["calendar-staff_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Team Feed
         * @description Every occurrence of the team, cancelled ones marked.
         */
        get: operations["calendar-team_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Entries
         * @description Appointments and team occurrences from `first` to `last` of a member of staff, a site,
         *     a room or a team (at least one): a therapist's week, a site's day by therapist or room,
         *     a room's week, a team's occurrences. Citizens are named where the caller may see the
         *     course.
         */
        get: operations["calendar-entries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register Referral
         * @description Register a hospital plan (§ 140) or an application (§ 86); the case gets its deadlines.
         */
        post: operations["cases-register_referral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Case
         * @description A case with its referral and every deadline, met or open.
         */
        get: operations["cases-get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record Event
         * @description Take the case one simple step on (withdraw, decline, another municipality's, ...), dated.
         *
         *     Steps with details of their own (invitation, assessment, decision, start, complaint) have
         *     their own operations.
         */
        post: operations["cases-record_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct Event
         * @description Undo the newest event by a correcting event; the history keeps both, and what the
         *     event recorded (a booking, a decision, a course) no longer counts.
         */
        post: operations["cases-correct_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/assignee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign
         * @description Assign the case to a user with a clinical role at its site (null: to nobody).
         */
        put: operations["cases-assign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite
         * @description Book the initial conversation and examination; the invitation meets its deadline on
         *     the day it was sent. A letter or Digital Post gets the invitation letter.
         */
        post: operations["visitation-invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/invitation/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview Invitation
         * @description The invitation letter as it would be sent; nothing is saved.
         */
        post: operations["visitation-preview_invitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assess
         * @description Record the initial assessment; the eligibility rules give their findings with the facts
         *     they used. A hospital plan is never refused: a clash is flagged for the therapist.
         */
        post: operations["visitation-assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide
         * @description Grant a course or refuse with reasons (§ 86), with its letter and complaint guidance.
         *     After a complaint this is the changed decision. A hospital plan is never refused.
         */
        post: operations["visitation-decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/decision/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview Decision
         * @description The decision letter as it would be sent, complaint guidance included; nothing saved.
         */
        post: operations["visitation-preview_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/decision/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record Decision Receipt
         * @description The day the citizen received a decision sent by post; the complaint window counts
         *     from it.
         */
        post: operations["visitation-record_decision_receipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/training-start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start Training
         * @description § 140: training started, which meets the start deadline. A citizen with an active
         *     course either continues it under the new plan or ends it and starts anew.
         */
        post: operations["visitation-start_training"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/free-choice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record Free Choice
         * @description Sundhedsloven § 140, stk. 4: record the start offered within the free-choice date, or
         *     the free choice offered and what the citizen chose (a private provider ends the case).
         */
        post: operations["visitation-record_free_choice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register Complaint
         * @description A complaint against the decision: accepted even when late (then flagged); the
         *     reassessment deadline, 28 days from receipt, goes on the worklist.
         */
        post: operations["visitation-register_complaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/reassessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Uphold
         * @description The reassessment upholds the decision (a changed decision is a new decision instead);
         *     the citizen is told, and the complaint is then sent to Ankestyrelsen.
         */
        post: operations["visitation-uphold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{case_id}/appeals-board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward To Appeals Board
         * @description Send the upheld complaint to Ankestyrelsen: the bundle (decision, complaint,
         *     reassessment) is made and kept with the case.
         */
        post: operations["visitation-forward_to_appeals_board"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/letter-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Templates
         * @description The template in use for each letter: the newest saved version, or the default (0).
         */
        get: operations["letters-list_templates"];
        put?: never;
        /**
         * Add Template
         * @description Save a new version of a letter's body. It runs in Jinja2's sandbox: a syntax error, an
         *     unknown name or an attempt to leave the sandbox is refused, naming the line.
         */
        post: operations["letters-add_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/letter-templates/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview Template
         * @description A template rendered for a made-up citizen, before it is saved.
         */
        post: operations["letters-preview_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/letters/{letter_id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download
         * @description The letter exactly as it was sent (the same bytes, whose SHA-256 the case lists).
         */
        get: operations["letters-download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Worklist
         * @description Open cases ordered by their nearest open deadline, with working days left.
         */
        get: operations["worklist-list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Worklist Counts
         * @description How many of the listed cases' nearest deadlines are overdue, due today, and due after
         *     today within three working days (numbers only: no citizen's data).
         */
        get: operations["worklist-count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Roles
         * @description The permission table: what each role may do.
         */
        get: operations["admin-list_roles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Users */
        get: operations["admin-list_users"];
        put?: never;
        /**
         * Create User
         * @description Create a staff account with a first password the user should change.
         */
        post: operations["admin-create_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change User
         * @description Change a user's name, roles, sites or active flag; deactivating ends their sessions.
         */
        patch: operations["admin-change_user"];
        trace?: never;
    };
    "/api/v1/admin/users/{user_id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset Password
         * @description Set a new password for a user; their sessions end.
         */
        post: operations["admin-reset_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Api Keys */
        get: operations["admin-list_api_keys"];
        put?: never;
        /**
         * Create Api Key
         * @description Create a key for an integration client; the secret is shown in this answer only.
         */
        post: operations["admin-create_api_key"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/api-keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke Api Key */
        delete: operations["admin-revoke_api_key"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search
         * @description Entries newest first, by citizen, user and period (Copenhagen dates, both included).
         */
        get: operations["access_log-search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-log/citizen-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Citizen Report
         * @description Answer a citizen's request (GDPR art. 15) for the uses of their data.
         */
        post: operations["access_log-citizen_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/access-log/citizens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find Citizens
         * @description Citizens by CPR number or part of the name, to choose whose log to read.
         */
        post: operations["access_log-find_citizens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AbsenceIn */
        AbsenceIn: {
            kind: components["schemas"]["AbsenceKind"];
            /**
             * First Day
             * Format: date
             */
            first_day: string;
            /**
             * Last Day
             * Format: date
             * @description Not before the first day.
             */
            last_day: string;
            /** Note */
            note?: string | null;
        };
        /**
         * AbsenceKind
         * @enum {string}
         */
        AbsenceKind: "holiday" | "illness" | "further_training";
        /** AbsenceOut */
        AbsenceOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Staff Id
             * Format: uuid
             */
            staff_id: string;
            kind: components["schemas"]["AbsenceKind"];
            /**
             * First Day
             * Format: date
             */
            first_day: string;
            /**
             * Last Day
             * Format: date
             */
            last_day: string;
            /** Note */
            note: string | null;
            /**
             * Hits
             * @description The member of staff's bookings on the absence's days, to rebook; nothing is moved or cancelled by itself.
             */
            hits: components["schemas"]["AppointmentOut"][];
        };
        /** AccessLogEntryOut */
        AccessLogEntryOut: {
            /** Id */
            id: number;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Actor */
            actor: string;
            /** User Id */
            user_id: string | null;
            /**
             * User Name
             * @description The member of staff's name.
             */
            user_name?: string | null;
            /** Client */
            client: string;
            /** Use */
            use: string;
            /** Operation */
            operation: string;
            /** Citizen Ids */
            citizen_ids: string[];
            /** Criterion */
            criterion: string | null;
            /**
             * Outcome
             * @enum {string}
             */
            outcome: "allowed" | "refused";
            /** Request Id */
            request_id: string;
        };
        /** AccessLogPage */
        AccessLogPage: {
            /** Items */
            items: components["schemas"]["AccessLogEntryOut"][];
            /** Next Cursor */
            next_cursor: string | null;
        };
        /** ApiKeyCreated */
        ApiKeyCreated: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Prefix */
            prefix: string;
            /** Scopes */
            scopes: components["schemas"]["Permission"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Last Used At */
            last_used_at: string | null;
            /** Revoked At */
            revoked_at: string | null;
            /**
             * Secret
             * @description The whole key, shown this once: `Authorization: Bearer ...`
             */
            secret: string;
        };
        /** ApiKeyIn */
        ApiKeyIn: {
            /** Name */
            name: string;
            /** Scopes */
            scopes: ("cases.all_sites" | "cases.read" | "cases.write" | "centre.read" | "citizens.read" | "citizens.write" | "worklist.read")[];
        };
        /** ApiKeyOut */
        ApiKeyOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Prefix */
            prefix: string;
            /** Scopes */
            scopes: components["schemas"]["Permission"][];
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Last Used At */
            last_used_at: string | null;
            /** Revoked At */
            revoked_at: string | null;
        };
        /**
         * ApplicationIn
         * @description A citizen's application (Serviceloven § 86, stk. 1 or stk. 2).
         */
        ApplicationIn: {
            /**
             * Citizen Id
             * Format: uuid
             */
            citizen_id: string;
            /**
             * Site Id
             * Format: uuid
             */
            site_id: string;
            /**
             * Received At
             * Format: date-time
             * @description The moment of receipt, with its offset; not in the future, and its day in Copenhagen within the working-day calendar's years (2000-2100).
             */
            received_at: string;
            /**
             * Condition
             * @description The condition (lidelse). Health data.
             */
            condition: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            legal_basis: "SEL_86_1" | "SEL_86_2";
            channel: components["schemas"]["Channel"];
            submitter: components["schemas"]["Submitter"];
        };
        /** ApplicationOut */
        ApplicationOut: {
            channel: components["schemas"]["Channel"];
            submitter: components["schemas"]["Submitter"];
        };
        /** AppointmentOut */
        AppointmentOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Course Id */
            course_id: string | null;
            /** Case Id */
            case_id: string | null;
            purpose: components["schemas"]["SessionPurpose"];
            discipline: components["schemas"]["Discipline"] | null;
            provider: components["schemas"]["ProviderKind"];
            /** Staff Id */
            staff_id: string | null;
            /** Home Helper Id */
            home_helper_id: string | null;
            /** Supervisor Id */
            supervisor_id: string | null;
            place: components["schemas"]["PlaceKind"];
            /** Site Id */
            site_id: string | null;
            /** Room Id */
            room_id: string | null;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            status: components["schemas"]["Attendance"];
            /** Outside Hours Reason */
            outside_hours_reason: string | null;
            /** Booked By */
            booked_by: string;
        };
        /**
         * AssessmentIn
         * @description What the therapist found at the initial assessment. The rules turn it into findings.
         */
        AssessmentIn: {
            /**
             * Assessed On
             * Format: date
             * @description Between the case's day of receipt and today.
             */
            assessed_on: string;
            /**
             * Therapy Elsewhere Same Condition
             * @description Physio- or occupational therapy elsewhere, same condition.
             * @default false
             */
            therapy_elsewhere_same_condition: boolean;
            /**
             * Trains Elsewhere
             * @description Trains anywhere else now.
             * @default false
             */
            trains_elsewhere: boolean;
            /**
             * Loss Without Hospital Contact
             * @description § 86 stk. 1: lost function without hospital contact.
             */
            loss_without_hospital_contact?: boolean | null;
            /**
             * Cannot Regain By Own Effort
             * @description § 86 stk. 1.
             */
            cannot_regain_by_own_effort?: boolean | null;
            /**
             * Has Physical Psychological Or Social Problems
             * @description § 86 stk. 2.
             */
            has_physical_psychological_or_social_problems?: boolean | null;
            /**
             * Cannot Keep Up Alone
             * @description § 86 stk. 2.
             */
            cannot_keep_up_alone?: boolean | null;
            /**
             * No Other Training Suffices
             * @description § 86 stk. 2.
             */
            no_other_training_suffices?: boolean | null;
            /** @description Set the 5-month quarantine aside, with a written reason. */
            quarantine_override?: components["schemas"]["QuarantineOverrideIn"] | null;
            /** Note */
            note?: string | null;
        };
        /** AssessmentOut */
        AssessmentOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Assessed On
             * Format: date
             */
            assessed_on: string;
            /** Findings */
            findings: components["schemas"]["FindingOut"][];
            /** Eligible */
            eligible: boolean;
            /** Override Reason */
            override_reason: string | null;
        };
        /** AssignmentIn */
        AssignmentIn: {
            /**
             * User Id
             * @description A user with a clinical role at the case's site; null to unassign.
             */
            user_id: string | null;
        };
        /** AssignmentOut */
        AssignmentOut: {
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            assignee: components["schemas"]["StaffRef"] | null;
        };
        /**
         * Attendance
         * @description What became of a booked session (fremmøde).
         * @enum {string}
         */
        Attendance: "booked" | "attended" | "cancelled" | "no_show" | "sent_home";
        /** AuditCitizen */
        AuditCitizen: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /**
             * Birth Date
             * Format: date
             */
            birth_date: string;
        };
        /** AuditCitizenList */
        AuditCitizenList: {
            /** Items */
            items: components["schemas"]["AuditCitizen"][];
        };
        /**
         * AuditCitizenSearch
         * @description The auditor's way to a citizen's log: by CPR number (exact) or part of the name, one of
         *     the two; a POST so the number never stands in a URL or a server log.
         */
        AuditCitizenSearch: {
            /**
             * Cpr
             * @description The CPR number: ten digits, a hyphen after the sixth or not.
             */
            cpr?: string | null;
            /**
             * Name
             * @description At least two characters.
             */
            name?: string | null;
        };
        /**
         * BookingIn
         * @description An individual appointment of a course. A training assistant or a home helper gives
         *     vedligeholdende training only, with the supervising therapist named.
         */
        BookingIn: {
            /**
             * Course Id
             * Format: uuid
             */
            course_id: string;
            /**
             * Purpose
             * @default training
             * @enum {string}
             */
            purpose: "training" | "follow_up";
            provider: components["schemas"]["ProviderKind"];
            /**
             * Staff Id
             * @description Unless a home helper gives it.
             */
            staff_id?: string | null;
            /**
             * Home Helper Id
             * @description For a home helper.
             */
            home_helper_id?: string | null;
            /**
             * Supervisor Id
             * @description The supervising therapist; required unless a therapist gives it.
             */
            supervisor_id?: string | null;
            discipline?: components["schemas"]["Discipline"] | null;
            place: components["schemas"]["PlaceIn"];
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Ends At
             * Format: date-time
             * @description After the start, the same day, at most 8 hours later.
             */
            ends_at: string;
            /**
             * Outside Hours Reason
             * @description Why, when booked outside the provider's working hours or during an absence.
             */
            outside_hours_reason?: string | null;
        };
        /**
         * CalendarEntryOut
         * @description One entry of a calendar: an appointment or a team occurrence.
         */
        CalendarEntryOut: {
            /**
             * Kind
             * @description appointment or team_occurrence
             */
            kind: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Title
             * @description The citizen's name where the caller may see the course, else the kind of session; a team's name.
             */
            title: string;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Place
             * @description site, home or nearby
             */
            place: string;
            /**
             * Staff Ids
             * @description Who gives it (a team's therapists).
             */
            staff_ids: string[];
            /** Site Id */
            site_id: string | null;
            /** Room Id */
            room_id: string | null;
            /** Team Id */
            team_id: string | null;
            /**
             * Planned On
             * @description A team occurrence's planned date.
             */
            planned_on: string | null;
            /**
             * Course Id
             * @description Null when the caller may not see it.
             */
            course_id: string | null;
            /**
             * Citizen Id
             * @description Null when the caller may not see it.
             */
            citizen_id: string | null;
        };
        /**
         * CaseDeadlineStatus
         * @description A deadline as the case shows it: still running (as the worklist judges it), met on its
         *     day, or no longer running because the case closed before it was met.
         * @enum {string}
         */
        CaseDeadlineStatus: "on_track" | "due_soon" | "overdue" | "met" | "not_running";
        /**
         * CaseEvent
         * @enum {string}
         */
        CaseEvent: "invite" | "assess" | "grant" | "refuse" | "withdraw" | "start" | "decline" | "take_free_choice" | "mark_other_municipality" | "mark_sent_by_mistake" | "mark_specialised" | "receive_complaint" | "uphold" | "forward" | "postpone";
        /** CaseEventIn */
        CaseEventIn: {
            event: components["schemas"]["CaseEvent"];
            /**
             * Occurred On
             * @description When it happened (the letter or call was sent); today if left out. Between the case's day of receipt and today.
             */
            occurred_on?: string | null;
            /** Note */
            note?: string | null;
        };
        /** CaseEventOut */
        CaseEventOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            event: components["schemas"]["CaseEvent"] | null;
            /**
             * Occurred On
             * Format: date
             */
            occurred_on: string;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
            /** Actor */
            actor: string;
            /** Corrects */
            corrects: string | null;
            /** Note */
            note: string | null;
            /**
             * Undone By
             * @description The correction that undid this event; what it recorded no longer counts.
             */
            undone_by: string | null;
        };
        /** CaseOut */
        CaseOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            citizen: components["schemas"]["CitizenRef"];
            /** Legal Basis */
            legal_basis: string;
            legal_basis_names: components["schemas"]["LegalBasisNames"];
            /** @description Which need the assessment asks about, from the legal basis: none for a hospital plan (a right), else the training it grants. */
            need_test: components["schemas"]["Training"] | null;
            /**
             * Quarantine Applies
             * @description Whether the re-application quarantine applies to the legal basis, so the assessment may override it (genoptræning on application).
             */
            quarantine_applies: boolean;
            site: components["schemas"]["SiteRef"];
            /**
             * Received At
             * Format: date-time
             */
            received_at: string;
            /**
             * Received Date
             * Format: date
             */
            received_date: string;
            /** Condition */
            condition: string;
            status: components["schemas"]["CaseState"];
            /**
             * Allowed Events
             * @description Every step the state allows; those with details have their own operation.
             */
            allowed_events: components["schemas"]["CaseEvent"][];
            /** Events */
            events: components["schemas"]["CaseEventOut"][];
            /**
             * Correctable Event Id
             * @description The event a correction would undo now: the newest one no correction has undone (none when nothing is left to undo).
             */
            correctable_event_id: string | null;
            /** Flags */
            flags: string[];
            rehab_plan: components["schemas"]["RehabPlanOut"] | null;
            application: components["schemas"]["ApplicationOut"] | null;
            /** Deadlines */
            deadlines: components["schemas"]["DeadlineOut"][];
            invitation: components["schemas"]["InvitationOut"] | null;
            assessment: components["schemas"]["AssessmentOut"] | null;
            /** Decisions */
            decisions: components["schemas"]["DecisionOut"][];
            /** Complaints */
            complaints: components["schemas"]["ComplaintOut"][];
            course: components["schemas"]["CourseOut"] | null;
            free_choice: components["schemas"]["FreeChoiceOut"] | null;
            /** Letters */
            letters: components["schemas"]["LetterOut"][];
            /**
             * Kl Status Reasons
             * @description KL's status reason codes for national reporting (Udskudt, Frit valg, ...).
             */
            kl_status_reasons: string[];
            /**
             * Kl Status Reason Names
             * @description The Danish names of `kl_status_reasons`, in their order.
             */
            readonly kl_status_reason_names: string[];
            /**
             * Open
             * @description Whether something is still asked of the centre (the case is on the worklist).
             */
            readonly open: boolean;
            /**
             * Can Record Decision Receipt
             * @description Whether the day the citizen received the latest decision can be recorded (a letter whose receipt is not yet recorded).
             */
            readonly can_record_decision_receipt: boolean;
            /**
             * Can Record Free Choice
             * @description Whether the start offered and the free choice (Sundhedsloven § 140, stk. 4) can be recorded: an almen hospital plan while the case is open.
             */
            readonly can_record_free_choice: boolean;
        };
        /**
         * CaseState
         * @enum {string}
         */
        CaseState: "received" | "invited" | "assessed" | "granted" | "refused" | "withdrawn" | "started" | "declined" | "free_choice_taken" | "other_municipality" | "sent_by_mistake" | "specialised" | "complained" | "upheld" | "forwarded";
        /**
         * Channel
         * @description How an application reached the centre (the brief's intake channels).
         * @enum {string}
         */
        Channel: "web_form" | "post" | "email" | "borgerservice_ishoj" | "borgerservice_vallensbaek";
        /**
         * CitizenCaseOut
         * @description One of the citizen's cases within the caller's reach, with its letters.
         */
        CitizenCaseOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Legal Basis */
            legal_basis: string;
            status: components["schemas"]["CaseState"];
            /** Open */
            open: boolean;
            /**
             * Received Date
             * Format: date
             */
            received_date: string;
            /** Condition */
            condition: string;
            /** Site Name */
            site_name: string;
            /** Letters */
            letters: components["schemas"]["LetterOut"][];
        };
        /**
         * CitizenChangeOut
         * @description One field of the record changed: who, when, old and new value (CPR numbers formatted).
         */
        CitizenChangeOut: {
            /**
             * Changed At
             * Format: date-time
             */
            changed_at: string;
            /** Actor */
            actor: string;
            /**
             * Field
             * @description The record's field by its JSON name (relative.phone).
             */
            field: string;
            /** Old Value */
            old_value: string | null;
            /** New Value */
            new_value: string | null;
        };
        /**
         * CitizenIn
         * @description The citizen's record: registering a citizen, and the whole record when it is edited
         *     (a field left out or null is cleared).
         */
        CitizenIn: {
            /**
             * Cpr
             * @description DDMMÅÅ-SSSS or ten digits (ASCII); the birth date it names must exist and not lie in the future. Personal data.
             */
            cpr: string;
            /** Name */
            name: string;
            /** Address */
            address: string;
            /**
             * Municipality Code
             * @description The official three-digit code of one of the 98 municipalities.
             */
            municipality_code: string;
            /**
             * Phone
             * @description 8 to 15 digits; spaces, + allowed.
             */
            phone?: string | null;
            /** Email */
            email?: string | null;
            /**
             * General Practitioner
             * @description The GP's name.
             */
            general_practitioner?: string | null;
            /**
             * General Practitioner Clinic
             * @description The GP's clinic (lægehus).
             */
            general_practitioner_clinic?: string | null;
            /**
             * General Practitioner Provider Number
             * @description The clinic's ydernummer: six digits.
             */
            general_practitioner_provider_number?: string | null;
            relative?: components["schemas"]["RelativeIn"] | null;
        };
        /** CitizenList */
        CitizenList: {
            /** Items */
            items: components["schemas"]["CitizenMatch"][];
        };
        /**
         * CitizenMatch
         * @description A citizen found. Need to know: `record` is null for a citizen the caller may not see
         *     (no case at their sites or assigned to them, without cases.all_sites), whom only an
         *     exact CPR look-up finds: their id and name, so nobody is registered twice.
         */
        CitizenMatch: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            record: components["schemas"]["CitizenOut"] | null;
        };
        /** CitizenOut */
        CitizenOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Cpr */
            cpr: string;
            /**
             * Birth Date
             * Format: date
             */
            birth_date: string;
            /** Name */
            name: string;
            /** Address */
            address: string;
            /** Municipality Code */
            municipality_code: string;
            /** Municipality Name */
            municipality_name: string;
            /** Other Municipality */
            other_municipality: boolean;
            /** Phone */
            phone: string | null;
            /** Email */
            email: string | null;
            /** General Practitioner */
            general_practitioner: string | null;
            /** General Practitioner Clinic */
            general_practitioner_clinic: string | null;
            /** General Practitioner Provider Number */
            general_practitioner_provider_number: string | null;
            relative: components["schemas"]["RelativeOut"] | null;
        };
        /** CitizenRef */
        CitizenRef: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
        };
        /**
         * CitizenReport
         * @description GDPR art. 15: the uses of one citizen's data, without the employees' names.
         */
        CitizenReport: {
            /**
             * Citizen Id
             * Format: uuid
             */
            citizen_id: string;
            /** Entries */
            entries: components["schemas"]["CitizenReportEntry"][];
        };
        /** CitizenReportEntry */
        CitizenReportEntry: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Use */
            use: string;
            /** Operation */
            operation: string;
            /** Organisation */
            organisation: string;
        };
        /** CitizenReportIn */
        CitizenReportIn: {
            /**
             * Citizen Id
             * Format: uuid
             */
            citizen_id: string;
        };
        /**
         * CitizenSearch
         * @description Search by CPR number (an exact look-up), by part of the name or by phone number, one
         *     of the three; a POST so the number never stands in a URL.
         */
        CitizenSearch: {
            /**
             * Cpr
             * @description DDMMÅÅ-SSSS or ten digits (ASCII); the birth date it names must exist and not lie in the future. Personal data.
             */
            cpr?: string | null;
            /**
             * Name
             * @description At least two characters.
             */
            name?: string | null;
            /**
             * Phone
             * @description The citizen's or their relative's; the last 8 digits match.
             */
            phone?: string | null;
        };
        /** ClosureDayAdded */
        ClosureDayAdded: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Day
             * Format: date
             */
            day: string;
            /** Reason */
            reason: string;
            /**
             * Hits
             * @description The bookings on that day, to rebook; nothing is moved or cancelled.
             */
            hits: components["schemas"]["ClosureHit"][];
            /**
             * Team Hits
             * @description The team occurrences on that day, to move or cancel; nothing changes.
             */
            team_hits: components["schemas"]["ClosureTeamHit"][];
        };
        /** ClosureDayIn */
        ClosureDayIn: {
            /**
             * Day
             * Format: date
             */
            day: string;
            /** Reason */
            reason: string;
        };
        /** ClosureDayOut */
        ClosureDayOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Day
             * Format: date
             */
            day: string;
            /** Reason */
            reason: string;
        };
        /**
         * ClosureHit
         * @description A booking on the new closure day, to rebook: it stays as it was.
         */
        ClosureHit: {
            /**
             * Appointment Id
             * Format: uuid
             */
            appointment_id: string;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /** Staff Id */
            staff_id: string | null;
            /** Home Helper Id */
            home_helper_id: string | null;
        };
        /**
         * ClosureTeamHit
         * @description A team occurrence on the new closure day, to move or cancel: it stays as it was.
         */
        ClosureTeamHit: {
            /**
             * Team Id
             * Format: uuid
             */
            team_id: string;
            /**
             * Planned On
             * Format: date
             */
            planned_on: string;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
        };
        /** ComplaintIn */
        ComplaintIn: {
            /**
             * Received On
             * Format: date
             * @description Between the day the decision was sent and today.
             */
            received_on: string;
            /**
             * Summary
             * @description What the citizen complains about.
             */
            summary: string;
        };
        /** ComplaintOut */
        ComplaintOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Decision Id
             * Format: uuid
             */
            decision_id: string;
            /**
             * Received On
             * Format: date
             */
            received_on: string;
            /** Window Ends */
            window_ends: string | null;
            /** Late */
            late: boolean;
            /**
             * Reassessment Due
             * Format: date
             */
            reassessment_due: string;
            /** Summary */
            summary: string;
            /** Outcome */
            outcome: ("upheld" | "changed") | null;
            /** Reassessed On */
            reassessed_on: string | null;
            /** Reassessment Note */
            reassessment_note: string | null;
            /** Forwarded On */
            forwarded_on: string | null;
            /** Bundle Letter Id */
            bundle_letter_id: string | null;
        };
        /**
         * CorrectionIn
         * @description Undo the newest event; the reason is kept in the history.
         */
        CorrectionIn: {
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /** Note */
            note: string;
        };
        /** CourseAppointmentOut */
        CourseAppointmentOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            purpose: components["schemas"]["SessionPurpose"];
            discipline: components["schemas"]["Discipline"] | null;
            provider: components["schemas"]["ProviderKind"];
            /** Staff Id */
            staff_id: string | null;
            /** Home Helper Id */
            home_helper_id: string | null;
            /** Supervisor Id */
            supervisor_id: string | null;
            place: components["schemas"]["PlaceKind"];
            /** Site Id */
            site_id: string | null;
            /** Room Id */
            room_id: string | null;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            status: components["schemas"]["Attendance"];
            /** Outside Hours Reason */
            outside_hours_reason: string | null;
        };
        /**
         * CourseDetailOut
         * @description The course with its plan and everything recorded on it.
         */
        CourseDetailOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Citizen Id
             * Format: uuid
             */
            citizen_id: string;
            /** Case Id */
            case_id: string | null;
            /** Legal Basis */
            legal_basis: string;
            status: components["schemas"]["CourseStatus"];
            /** Disciplines */
            disciplines: components["schemas"]["Discipline"][];
            form: components["schemas"]["CourseForm"] | null;
            /** Site Id */
            site_id: string | null;
            /** Therapist Ids */
            therapist_ids: string[];
            /** Started On */
            started_on: string | null;
            /** Planned End On */
            planned_end_on: string | null;
            /** Ended On */
            ended_on: string | null;
            /** Plan Changed At */
            plan_changed_at: string | null;
            /** Goals */
            goals: components["schemas"]["GoalOut"][];
            /** Services */
            services: components["schemas"]["ServiceOut"][];
            /**
             * Notes
             * @description Every note, oldest first, corrected ones marked.
             */
            notes: components["schemas"]["NoteOut"][];
            /** Frequency Exceptions */
            frequency_exceptions: components["schemas"]["FrequencyExceptionOut"][];
            /** Appointments */
            appointments: components["schemas"]["CourseAppointmentOut"][];
        };
        /**
         * CourseForm
         * @description The service standards' forms of training.
         * @enum {string}
         */
        CourseForm: "team_training" | "individual_at_centre" | "individual_at_home" | "self_training";
        /** CourseOut */
        CourseOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Case Id */
            case_id: string | null;
            /** Legal Basis */
            legal_basis: string;
            /** Site Id */
            site_id: string | null;
            /**
             * Status
             * @enum {string}
             */
            status: "active" | "ended" | "cancelled";
            /** Started On */
            started_on: string | null;
            /** Ended On */
            ended_on: string | null;
            /** Earlier */
            earlier: boolean;
            /** Note */
            note: string | null;
        };
        /**
         * CoursePlanIn
         * @description How the course is given. The whole plan is replaced and the change dated.
         */
        CoursePlanIn: {
            /** Disciplines */
            disciplines: components["schemas"]["Discipline"][];
            form: components["schemas"]["CourseForm"];
            /**
             * Site Id
             * @description Required for training at the centre.
             */
            site_id?: string | null;
            /**
             * Therapist Ids
             * @description The responsible therapists.
             */
            therapist_ids: string[];
            /**
             * Started On
             * Format: date
             */
            started_on: string;
            /**
             * Planned End On
             * @description Not before the start.
             */
            planned_end_on?: string | null;
        };
        /**
         * CourseStatus
         * @description Forløbsstatus (glossary: course_status), and a grant or start undone by correction.
         * @enum {string}
         */
        CourseStatus: "planned" | "active" | "postponed" | "ended" | "cancelled";
        /** DeadlineOut */
        DeadlineOut: {
            kind: components["schemas"]["LimitKind"];
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            /**
             * Working Days Left
             * @description Working days from today (a met deadline: from the day it was met; one no longer running: from the day the case closed) to the due date; negative when later.
             */
            working_days_left: number;
            /** @description on_track, due_soon or overdue while it runs; met on `met_on`; not_running when the case closed before it was met. */
            status: components["schemas"]["CaseDeadlineStatus"];
            /** Met On */
            met_on: string | null;
        };
        /**
         * DeadlineStatus
         * @enum {string}
         */
        DeadlineStatus: "on_track" | "due_soon" | "overdue";
        /** DecisionOut */
        DecisionOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Outcome
             * @enum {string}
             */
            outcome: "grant" | "refuse";
            /**
             * Sent On
             * Format: date
             */
            sent_on: string;
            /**
             * Channel
             * @enum {string}
             */
            channel: "letter" | "digital_post";
            /** Received On */
            received_on: string | null;
            /** Complaint Window Ends */
            complaint_window_ends: string | null;
            /** Disciplines */
            disciplines: components["schemas"]["Discipline"][];
            form: components["schemas"]["CourseForm"] | null;
            /** Transport Needed */
            transport_needed: boolean;
            /** Reasons */
            reasons: string | null;
            /** Findings */
            findings: components["schemas"]["FindingOut"][];
            /** After Complaint */
            after_complaint: boolean;
            /** Letter Id */
            letter_id: string | null;
        };
        /** DecisionReceiptIn */
        DecisionReceiptIn: {
            /**
             * Received On
             * Format: date
             * @description Between the sent day and today.
             */
            received_on: string;
        };
        /**
         * Discipline
         * @enum {string}
         */
        Discipline: "physiotherapy" | "occupational_therapy";
        /**
         * EarlierCourseIn
         * @description A municipal course from before this system, so the quarantine rule sees it.
         */
        EarlierCourseIn: {
            /** Legal Basis */
            legal_basis: string;
            /**
             * Started On
             * @description Not after the end.
             */
            started_on?: string | null;
            /**
             * Ended On
             * Format: date
             * @description Not after today.
             */
            ended_on: string;
            /** Note */
            note?: string | null;
        };
        /** ExceptionInForceOut */
        ExceptionInForceOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Course Id
             * Format: uuid
             */
            course_id: string;
            reason: components["schemas"]["ExceptionReason"];
            /** Note */
            note: string | null;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            /** Recorded By */
            recorded_by: string;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
            /**
             * Citizen Id
             * Format: uuid
             */
            citizen_id: string;
            /** Citizen Name */
            citizen_name: string;
        };
        /**
         * ExceptionReason
         * @enum {string}
         */
        ExceptionReason: "acquired_brain_injury" | "other";
        /**
         * FeedOut
         * @description A new private feed address; the earlier one stops working.
         */
        FeedOut: {
            /**
             * Url
             * @description The feed's path on this server. It holds the secret token: whoever has it reads the feed, so share it with your calendar only. Shown once.
             */
            url: string;
        };
        /** FeedStatusOut */
        FeedStatusOut: {
            /**
             * Active
             * @description A feed address is issued and not revoked.
             */
            active: boolean;
        };
        /** FindingOut */
        FindingOut: {
            /** Rule */
            rule: string;
            outcome: components["schemas"]["Outcome"];
            /** Text */
            text: string;
            /** Facts */
            facts: {
                [key: string]: unknown;
            };
        };
        /** ForwardIn */
        ForwardIn: {
            /**
             * Forwarded On
             * Format: date
             * @description Between the reassessment and today.
             */
            forwarded_on: string;
        };
        /**
         * FreeChoiceIn
         * @description Sundhedsloven § 140, stk. 4: the start offered, or free choice offered and chosen.
         */
        FreeChoiceIn: {
            /**
             * Offered On
             * Format: date
             * @description The day the offer was made to the citizen. Between the case's day of receipt and today.
             */
            offered_on: string;
            /**
             * First Start Offered
             * @description The first day of training the centre offered; not before the offer.
             */
            first_start_offered?: string | null;
            /** Free Choice Offered */
            free_choice_offered: boolean;
            /** Citizen Choice */
            citizen_choice?: ("municipal" | "private") | null;
        };
        /** FreeChoiceOut */
        FreeChoiceOut: {
            /**
             * Free Choice Date
             * Format: date
             */
            free_choice_date: string;
            /** Offered On */
            offered_on: string | null;
            /** First Start Offered */
            first_start_offered: string | null;
            /** Start Within Limit */
            start_within_limit: boolean | null;
            /** Free Choice Offered */
            free_choice_offered: boolean | null;
            /** Citizen Choice */
            citizen_choice: ("municipal" | "private") | null;
            /**
             * Kl Status Reason
             * @description KL's status reason code, if any.
             */
            kl_status_reason: string | null;
            /**
             * Kl Status Reason Name
             * @description The Danish name of `kl_status_reason`.
             */
            readonly kl_status_reason_name: string | null;
        };
        /** FreeSeatOut */
        FreeSeatOut: {
            /**
             * Team Id
             * Format: uuid
             */
            team_id: string;
            /** Name */
            name: string;
            /** Free Seats */
            free_seats: number;
            /** Next Occurrence At */
            next_occurrence_at: string | null;
        };
        /** FrequencyExceptionIn */
        FrequencyExceptionIn: {
            reason: components["schemas"]["ExceptionReason"];
            /**
             * Note
             * @description Required when the reason is `other`.
             */
            note?: string | null;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /**
             * Ends On
             * Format: date
             * @description Not before the start.
             */
            ends_on: string;
        };
        /** FrequencyExceptionOut */
        FrequencyExceptionOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Course Id
             * Format: uuid
             */
            course_id: string;
            reason: components["schemas"]["ExceptionReason"];
            /** Note */
            note: string | null;
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            /** Recorded By */
            recorded_by: string;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
        };
        /** FromDayIn */
        FromDayIn: {
            /**
             * From Day
             * Format: date
             * @description Within the team's period.
             */
            from_day: string;
        };
        /**
         * GoalChangeIn
         * @description The fields given replace the goal's current ones; a change that changes nothing is
         *     refused (rule `goal_unchanged`).
         */
        GoalChangeIn: {
            /** Text */
            text?: string | null;
            /** Measure */
            measure?: string | null;
            /** Target Date */
            target_date?: string | null;
            status?: components["schemas"]["GoalStatus"] | null;
        };
        /** GoalIn */
        GoalIn: {
            /** Text */
            text: string;
            /** Measure */
            measure?: string | null;
            /**
             * Target Date
             * @description Not before the course's start.
             */
            target_date?: string | null;
        };
        /** GoalOut */
        GoalOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Text */
            text: string;
            /** Measure */
            measure: string | null;
            /** Target Date */
            target_date: string | null;
            status: components["schemas"]["GoalStatus"];
            /** Version */
            version: number;
            /**
             * Changed At
             * Format: date-time
             */
            changed_at: string;
            /**
             * History
             * @description Every version, oldest first.
             */
            history: components["schemas"]["GoalVersionOut"][];
        };
        /**
         * GoalStatus
         * @enum {string}
         */
        GoalStatus: "not_started" | "in_progress" | "achieved" | "not_achieved";
        /** GoalVersionOut */
        GoalVersionOut: {
            /** Version */
            version: number;
            /** Text */
            text: string;
            /** Measure */
            measure: string | null;
            /** Target Date */
            target_date: string | null;
            status: components["schemas"]["GoalStatus"];
            /** Changed By */
            changed_by: string;
            /**
             * Changed At
             * Format: date-time
             */
            changed_at: string;
        };
        /** GrantIn */
        GrantIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            outcome: "grant";
            /**
             * Sent On
             * Format: date
             * @description The day the decision letter was sent. Between the case's day of receipt and today.
             */
            sent_on: string;
            /**
             * Channel
             * @enum {string}
             */
            channel: "letter" | "digital_post";
            /**
             * Received On
             * @description The day the citizen received it; Digital Post: the sent day. Between the sent day and today.
             */
            received_on?: string | null;
            /** Disciplines */
            disciplines: components["schemas"]["Discipline"][];
            form: components["schemas"]["CourseForm"];
            /**
             * Transport Needed
             * @default false
             */
            transport_needed: boolean;
            /**
             * Course Start
             * @description The course's first day.
             */
            course_start?: string | null;
            /**
             * Reasons
             * @description Text for the letter.
             */
            reasons?: string | null;
        };
        /** Health */
        Health: {
            /**
             * Status
             * @constant
             */
            status: "ok";
        };
        /** HomeHelperIn */
        HomeHelperIn: {
            /** Name */
            name: string;
            /** Home Care Unit */
            home_care_unit: string;
        };
        /** HomeHelperOut */
        HomeHelperOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /** Home Care Unit */
            home_care_unit: string;
        };
        /**
         * InvitationIn
         * @description The booked initial conversation and examination, and how the invitation went out.
         */
        InvitationIn: {
            /**
             * Meeting At
             * Format: date-time
             * @description When the conversation is booked; not before the day the invitation went out.
             */
            meeting_at: string;
            place: components["schemas"]["MeetingPlace"];
            /**
             * Site Id
             * @description Required when place is site.
             */
            site_id?: string | null;
            /**
             * Therapist Id
             * Format: uuid
             */
            therapist_id: string;
            /**
             * Sent On
             * Format: date
             * @description The day the letter or call went out: meets the deadline. Between the case's day of receipt and today.
             */
            sent_on: string;
            channel: components["schemas"]["SendingChannel"];
            /** Note */
            note?: string | null;
            /**
             * Outside Hours Reason
             * @description Why, when the conversation lies outside the therapist's working hours or during an absence.
             */
            outside_hours_reason?: string | null;
        };
        /** InvitationOut */
        InvitationOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Meeting At
             * Format: date-time
             */
            meeting_at: string;
            place: components["schemas"]["MeetingPlace"];
            /** Site Id */
            site_id: string | null;
            /**
             * Therapist Id
             * Format: uuid
             */
            therapist_id: string;
            /** Therapist Name */
            therapist_name: string;
            /**
             * Sent On
             * Format: date
             */
            sent_on: string;
            channel: components["schemas"]["SendingChannel"];
            /** Letter Id */
            letter_id: string | null;
            /**
             * Appointment Id
             * @description The conversation in the therapist's calendar; null only for an invitation made before bookings whose time clashed with another booking when it was moved into the calendar (kept as it was, its clash recorded for rebooking).
             */
            appointment_id: string | null;
        };
        /**
         * LegalBasisNames
         * @description A legal basis's Danish names, from its data (what the screens show for its code).
         */
        LegalBasisNames: {
            /**
             * Name
             * @description The formal name: Genoptræning (Serviceloven § 86, stk. 1).
             */
            name: string;
            /**
             * Short Name
             * @description As caseworkers write it: SEL § 86, stk. 1.
             */
            short_name: string;
            /**
             * Service
             * @description The service it gives, without the paragraph: Genoptræning.
             */
            service: string;
        };
        /** LegalBasisOut */
        LegalBasisOut: {
            /** Code */
            code: string;
            /**
             * Referral Kind
             * @enum {string}
             */
            referral_kind: "rehab_plan" | "application";
            /**
             * Name
             * @description The formal name: Genoptræning (Serviceloven § 86, stk. 1).
             */
            name: string;
            /**
             * Short Name
             * @description As caseworkers write it: SEL § 86, stk. 1.
             */
            short_name: string;
            /**
             * Service
             * @description The service it gives, without the paragraph: Genoptræning.
             */
            service: string;
        };
        /** LetterOut */
        LetterOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Template Version */
            template_version: number | null;
            /** Content Hash */
            content_hash: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Created By */
            created_by: string;
        };
        /** LetterPreview */
        LetterPreview: {
            /** Html */
            html: string;
        };
        /** LetterTemplateIn */
        LetterTemplateIn: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "invitation" | "grant" | "refusal" | "reassessment_upheld";
            /**
             * Body
             * @description A template in the letter language; its variables and filters must exist.
             */
            body: string;
        };
        /** LetterTemplateOut */
        LetterTemplateOut: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "invitation" | "grant" | "refusal" | "reassessment_upheld";
            /**
             * Version
             * @description 0 is the system's default, never saved.
             */
            version: number;
            /** Body */
            body: string;
            /** Created By */
            created_by: string | null;
            /** Created At */
            created_at: string | null;
        };
        /**
         * LimitKind
         * @enum {string}
         */
        LimitKind: "invitation" | "training_start" | "decision" | "free_choice" | "complaint" | "reassessment" | "quarantine" | "individual_training_per_week_min" | "individual_training_per_week_max" | "team_training_per_week_min" | "team_training_per_week_max";
        /** LimitOut */
        LimitOut: {
            /** Legal Basis */
            legal_basis: string;
            kind: components["schemas"]["LimitKind"];
            /** Value */
            value: number;
            unit: components["schemas"]["LimitUnit"];
            /**
             * Effective From
             * Format: date
             */
            effective_from: string;
        };
        /**
         * LimitUnit
         * @enum {string}
         */
        LimitUnit: "working_days" | "calendar_days" | "calendar_months" | "per_week";
        /** LimitValueIn */
        LimitValueIn: {
            kind: components["schemas"]["LimitKind"];
            /** Value */
            value: number;
            unit: components["schemas"]["LimitUnit"];
        };
        /** LoginIn */
        LoginIn: {
            /** Username */
            username: string;
            /** Password */
            password: string;
        };
        /**
         * MeetingPlace
         * @enum {string}
         */
        MeetingPlace: "site" | "home";
        /** MoveIn */
        MoveIn: {
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Ends At
             * Format: date-time
             * @description After the start, the same day.
             */
            ends_at: string;
        };
        /** MyDayItem */
        MyDayItem: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Course Id */
            course_id: string | null;
            /** Case Id */
            case_id: string | null;
            purpose: components["schemas"]["SessionPurpose"];
            discipline: components["schemas"]["Discipline"] | null;
            provider: components["schemas"]["ProviderKind"];
            /** Staff Id */
            staff_id: string | null;
            /** Home Helper Id */
            home_helper_id: string | null;
            /** Supervisor Id */
            supervisor_id: string | null;
            place: components["schemas"]["PlaceKind"];
            /** Site Id */
            site_id: string | null;
            /** Room Id */
            room_id: string | null;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            status: components["schemas"]["Attendance"];
            /** Outside Hours Reason */
            outside_hours_reason: string | null;
            /** Booked By */
            booked_by: string;
            /**
             * Citizen Id
             * Format: uuid
             */
            citizen_id: string;
            /** Citizen Name */
            citizen_name: string;
            /** Citizen Phone */
            citizen_phone: string | null;
            /**
             * Address
             * @description The citizen's address, for a visit at home or nearby.
             */
            address: string | null;
        };
        /** NoteIn */
        NoteIn: {
            /** Text */
            text: string;
            /**
             * Corrects Id
             * @description The note this one corrects, of the same course.
             */
            corrects_id?: string | null;
            /** Appointment Id */
            appointment_id?: string | null;
        };
        /** NoteOut */
        NoteOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Text */
            text: string;
            /** Author Name */
            author_name: string;
            /**
             * Written At
             * Format: date-time
             */
            written_at: string;
            /** Corrects Id */
            corrects_id: string | null;
            /** Appointment Id */
            appointment_id: string | null;
            /**
             * Corrected
             * @description A later note corrects this one.
             */
            corrected: boolean;
        };
        /** OccurrenceOut */
        OccurrenceOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Team Id
             * Format: uuid
             */
            team_id: string;
            /**
             * Planned On
             * Format: date
             * @description The date the weekly pattern planned it for; fixed.
             */
            planned_on: string;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            status: components["schemas"]["OccurrenceStatus"];
            /**
             * Moved
             * @description Its times were set by hand.
             */
            moved: boolean;
            /**
             * Sequence
             * @description How many times it was changed.
             */
            sequence: number;
        };
        /**
         * OccurrenceStatus
         * @enum {string}
         */
        OccurrenceStatus: "planned" | "cancelled";
        /** OfferOut */
        OfferOut: {
            /** @description Null when nobody waits. */
            offered: components["schemas"]["WaitingOut"] | null;
        };
        /**
         * Outcome
         * @enum {string}
         */
        Outcome: "met" | "not_met" | "flag" | "overridden";
        /** PasswordChangeIn */
        PasswordChangeIn: {
            /** Current Password */
            current_password: string;
            /**
             * New Password
             * @description 12 to 64 characters, not a common or plain one.
             */
            new_password: string;
        };
        /** PasswordReset */
        PasswordReset: {
            /**
             * New Password
             * @description 12 to 64 characters, not a common or plain one.
             */
            new_password: string;
        };
        /**
         * Permission
         * @enum {string}
         */
        Permission: "citizens.read" | "citizens.write" | "cases.read" | "cases.write" | "cases.all_sites" | "worklist.read" | "centre.read" | "centre.manage" | "users.manage" | "api_keys.manage" | "access_log.read" | "courses.read" | "courses.write" | "scheduling.manage";
        /** PlaceIn */
        PlaceIn: {
            kind: components["schemas"]["PlaceKind"];
            /**
             * Site Id
             * @description At a site only.
             */
            site_id?: string | null;
            /**
             * Room Id
             * @description At a site only: its room.
             */
            room_id?: string | null;
        };
        /**
         * PlaceKind
         * @enum {string}
         */
        PlaceKind: "site" | "home" | "nearby";
        /**
         * PlanType
         * @description The type a hospital names on its plan, with KL's codes (category, subcategory).
         * @enum {string}
         */
        PlanType: "almen_basal" | "almen_avanceret" | "specialiseret" | "rehabilitering_specialiseret";
        /** ProposalOut */
        ProposalOut: {
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Therapist Id
             * Format: uuid
             */
            therapist_id: string;
            /**
             * Room Id
             * Format: uuid
             */
            room_id: string;
        };
        /** ProposalsIn */
        ProposalsIn: {
            /**
             * From Day
             * Format: date
             */
            from_day: string;
            /**
             * Minutes
             * @description The session's length.
             * @default 45
             */
            minutes: number;
            /**
             * Therapist Id
             * @description A chosen therapist; any of the course's site when left out.
             */
            therapist_id?: string | null;
            /**
             * Horizon Days
             * @default 14
             */
            horizon_days: number;
            /**
             * Limit
             * @default 5
             */
            limit: number;
        };
        /** ProposalsOut */
        ProposalsOut: {
            /** Proposals */
            proposals: components["schemas"]["ProposalOut"][];
            /** Free Seats */
            free_seats: components["schemas"]["FreeSeatOut"][];
        };
        /**
         * ProviderKind
         * @description Who gives the session.
         * @enum {string}
         */
        ProviderKind: "therapist" | "training_assistant" | "home_helper";
        /** QuarantineOverrideIn */
        QuarantineOverrideIn: {
            /** Reason */
            reason: string;
        };
        /** Readiness */
        Readiness: {
            /**
             * Status
             * @constant
             */
            status: "ready";
            /** Schema Revision */
            schema_revision: string;
        };
        /**
         * ReassessmentIn
         * @description The centre upholds the decision; a changed decision is a new decision instead.
         */
        ReassessmentIn: {
            /**
             * Reassessed On
             * Format: date
             * @description Between the day the complaint was received and today.
             */
            reassessed_on: string;
            /**
             * Sent On
             * @description When the citizen was told.
             */
            sent_on?: string | null;
            /**
             * Channel
             * @default digital_post
             * @enum {string}
             */
            channel: "letter" | "digital_post";
            /** Note */
            note: string;
        };
        /** RefusalIn */
        RefusalIn: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            outcome: "refuse";
            /**
             * Sent On
             * Format: date
             * @description Between the case's day of receipt and today.
             */
            sent_on: string;
            /**
             * Channel
             * @enum {string}
             */
            channel: "letter" | "digital_post";
            /**
             * Received On
             * @description Between the sent day and today.
             */
            received_on?: string | null;
            /**
             * Reasons
             * @description The reasoned text of the refusal; edit the findings.
             */
            reasons: string;
        };
        /**
         * RehabPlanIn
         * @description A hospital's genoptræningsplan (Sundhedsloven § 140).
         */
        RehabPlanIn: {
            /**
             * Citizen Id
             * Format: uuid
             */
            citizen_id: string;
            /**
             * Site Id
             * Format: uuid
             */
            site_id: string;
            /**
             * Received At
             * Format: date-time
             * @description The moment of receipt, with its offset; not in the future, and its day in Copenhagen within the working-day calendar's years (2000-2100).
             */
            received_at: string;
            /**
             * Condition
             * @description The condition (lidelse). Health data.
             */
            condition: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            legal_basis: "SUL_140";
            /** Hospital */
            hospital: string;
            /** Department */
            department: string;
            plan_type: components["schemas"]["PlanType"];
            /**
             * Discharge Date
             * Format: date
             */
            discharge_date: string;
            /**
             * Health Start Date
             * @description A later start date the plan names for health reasons; not before the discharge.
             */
            health_start_date?: string | null;
        };
        /** RehabPlanOut */
        RehabPlanOut: {
            /** Hospital */
            hospital: string;
            /** Department */
            department: string;
            plan_type: components["schemas"]["PlanType"];
            /** Kl Codes */
            kl_codes: string[];
            /**
             * Discharge Date
             * Format: date
             */
            discharge_date: string;
            /** Health Start Date */
            health_start_date: string | null;
            /**
             * Free Choice Date
             * Format: date
             */
            free_choice_date: string;
            /**
             * Kl Code Names
             * @description The Danish names of `kl_codes`, in their order.
             */
            readonly kl_code_names: string[];
        };
        /**
         * RelativeIn
         * @description A relative acting with the citizen (pårørende): named, with the relation and a phone.
         */
        RelativeIn: {
            /** Name */
            name: string;
            /**
             * Relation
             * @description Datter, ægtefælle, nabo ...
             */
            relation?: string | null;
            /** Phone */
            phone?: string | null;
        };
        /** RelativeOut */
        RelativeOut: {
            /** Name */
            name: string;
            /** Relation */
            relation: string | null;
            /** Phone */
            phone: string | null;
        };
        /** ReleaseIn */
        ReleaseIn: {
            /**
             * On
             * Format: date
             * @description The first day the seat is free.
             */
            on: string;
        };
        /** RestOfSeriesIn */
        RestOfSeriesIn: {
            /**
             * From Day
             * Format: date
             * @description Within the team's period.
             */
            from_day: string;
            /** Weekly Times */
            weekly_times: components["schemas"]["WeeklyTimeIn"][];
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "therapist" | "visitator" | "team_leader" | "administrator" | "auditor" | "training_assistant";
        /** RoleOut */
        RoleOut: {
            role: components["schemas"]["Role"];
            /** Permissions */
            permissions: components["schemas"]["Permission"][];
        };
        /** RoomIn */
        RoomIn: {
            /** Name */
            name: string;
            /**
             * Capacity
             * @description Sessions the room holds at once.
             */
            capacity: number;
        };
        /** RoomOut */
        RoomOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Site Id
             * Format: uuid
             */
            site_id: string;
            /** Name */
            name: string;
            /** Capacity */
            capacity: number;
        };
        /** SeatIn */
        SeatIn: {
            /**
             * Course Id
             * Format: uuid
             */
            course_id: string;
            /**
             * From Day
             * @description The first day; the team's start when left out.
             */
            from_day?: string | null;
        };
        /** SeatOut */
        SeatOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Team Id
             * Format: uuid
             */
            team_id: string;
            /**
             * Course Id
             * Format: uuid
             */
            course_id: string;
            /**
             * Citizen Id
             * @description Null when the caller may not see the course.
             */
            citizen_id: string | null;
            /** Citizen Name */
            citizen_name: string | null;
            /**
             * From Day
             * Format: date
             */
            from_day: string;
        };
        /**
         * SendingChannel
         * @description How a letter or a message reached the citizen.
         * @enum {string}
         */
        SendingChannel: "letter" | "phone" | "digital_post";
        /** SeriesChangeOut */
        SeriesChangeOut: {
            /** Occurrences */
            occurrences: components["schemas"]["OccurrenceOut"][];
            /**
             * Removed
             * @description Planned dates the new times dropped (deleted).
             */
            removed: string[];
        };
        /** SeriesDateOut */
        SeriesDateOut: {
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Refused Rule
             * @description The rule refusing this date; null if free.
             */
            refused_rule: string | null;
            /** Refused Message */
            refused_message: string | null;
            /**
             * Appointment Id
             * @description Once committed and booked.
             */
            appointment_id: string | null;
        };
        /**
         * SeriesIn
         * @description A weekly series from a proposal. Without `commit` the answer is a dry run: every date
         *     with its refusal, nothing saved. With `commit` the accepted dates are booked in one
         *     transaction (the refused ones are left out, as the dry run showed).
         */
        SeriesIn: {
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            /**
             * Therapist Id
             * Format: uuid
             */
            therapist_id: string;
            /**
             * Room Id
             * Format: uuid
             */
            room_id: string;
            /** Weeks */
            weeks: number;
            /**
             * Commit
             * @default false
             */
            commit: boolean;
        };
        /** SeriesOut */
        SeriesOut: {
            /** Dates */
            dates: components["schemas"]["SeriesDateOut"][];
            /** Committed */
            committed: boolean;
        };
        /** ServiceOut */
        ServiceOut: {
            /** Code */
            code: string;
            /** System */
            system: string;
            /** Display */
            display: string;
            /** Added By */
            added_by: string;
            /**
             * Added At
             * Format: date-time
             */
            added_at: string;
        };
        /**
         * ServiceStandardVersionIn
         * @description A new version of a legal basis's limits, in force from its date for cases received.
         */
        ServiceStandardVersionIn: {
            /** Legal Basis */
            legal_basis: string;
            /**
             * Effective From
             * Format: date
             * @description Today or later.
             */
            effective_from: string;
            /**
             * Limits
             * @description Each kind at most once, in its own unit.
             */
            limits: components["schemas"]["LimitValueIn"][];
        };
        /** ServicesIn */
        ServicesIn: {
            /**
             * Codes
             * @description FSIII training services (their national codes), each once.
             */
            codes: string[];
        };
        /** SessionOut */
        SessionOut: {
            user: components["schemas"]["SessionUser"];
            /**
             * Csrf Token
             * @description Send as X-CSRF-Token on every state-changing request.
             */
            csrf_token: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /** Idle Timeout Seconds */
            idle_timeout_seconds: number;
        };
        /**
         * SessionPurpose
         * @enum {string}
         */
        SessionPurpose: "training" | "initial_assessment" | "follow_up";
        /** SessionUser */
        SessionUser: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Username */
            username: string;
            /** Display Name */
            display_name: string;
            /** Roles */
            roles: components["schemas"]["Role"][];
            /** Site Ids */
            site_ids: string[];
            /** Permissions */
            permissions: components["schemas"]["Permission"][];
        };
        /** SiteOut */
        SiteOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Code */
            code: string;
            /** Name */
            name: string;
            /** Address */
            address: string;
            /** Phone */
            phone: string;
        };
        /** SiteRef */
        SiteRef: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Code */
            code: string;
            /** Name */
            name: string;
        };
        /** StaffRef */
        StaffRef: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Display Name */
            display_name: string;
        };
        /**
         * Submitter
         * @enum {string}
         */
        Submitter: "citizen" | "relative" | "borgerservice";
        /** TeamDetailOut */
        TeamDetailOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /**
             * Site Id
             * Format: uuid
             */
            site_id: string;
            /**
             * Room Id
             * Format: uuid
             */
            room_id: string;
            discipline: components["schemas"]["Discipline"];
            /** Weekly Times */
            weekly_times: components["schemas"]["WeeklyTimeOut"][];
            /** Capacity */
            capacity: number;
            /** Therapist Ids */
            therapist_ids: string[];
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            /**
             * Seats Taken
             * @description Seats taken now (an offered seat is not counted).
             */
            seats_taken: number;
            /** Occurrences */
            occurrences: components["schemas"]["OccurrenceOut"][];
            /** Seats */
            seats: components["schemas"]["SeatOut"][];
            /**
             * Waiting List
             * @description First placed first.
             */
            waiting_list: components["schemas"]["WaitingOut"][];
        };
        /**
         * TeamIn
         * @description A team (hold): its occurrences are planned from the weekly times, less closure days
         *     and public holidays.
         */
        TeamIn: {
            /**
             * Name
             * @description At most 100 characters.
             */
            name: string;
            /**
             * Site Id
             * Format: uuid
             */
            site_id: string;
            /**
             * Room Id
             * Format: uuid
             * @description A room of the site holding at least `capacity`.
             */
            room_id: string;
            discipline: components["schemas"]["Discipline"];
            /** Weekly Times */
            weekly_times: components["schemas"]["WeeklyTimeIn"][];
            /**
             * Capacity
             * @description Seats.
             */
            capacity: number;
            /** Therapist Ids */
            therapist_ids: string[];
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /**
             * Ends On
             * Format: date
             * @description Not before the start, at most a year later.
             */
            ends_on: string;
        };
        /** TeamOut */
        TeamOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Name */
            name: string;
            /**
             * Site Id
             * Format: uuid
             */
            site_id: string;
            /**
             * Room Id
             * Format: uuid
             */
            room_id: string;
            discipline: components["schemas"]["Discipline"];
            /** Weekly Times */
            weekly_times: components["schemas"]["WeeklyTimeOut"][];
            /** Capacity */
            capacity: number;
            /** Therapist Ids */
            therapist_ids: string[];
            /**
             * Starts On
             * Format: date
             */
            starts_on: string;
            /**
             * Ends On
             * Format: date
             */
            ends_on: string;
            /**
             * Seats Taken
             * @description Seats taken now (an offered seat is not counted).
             */
            seats_taken: number;
        };
        /** TherapistOut */
        TherapistOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Display Name */
            display_name: string;
            /** Site Ids */
            site_ids: string[];
        };
        /**
         * Training
         * @description What a legal basis grants: genoptræning (to regain skills) or vedligeholdende træning
         *     (to keep them).
         * @enum {string}
         */
        Training: "rehabilitation" | "maintenance";
        /**
         * TrainingStartIn
         * @description § 140: training started. A citizen with an active course continues it or ends it.
         */
        TrainingStartIn: {
            /**
             * Started On
             * Format: date
             * @description Between the case's day of receipt and today.
             */
            started_on: string;
            form: components["schemas"]["CourseForm"];
            /** Disciplines */
            disciplines: components["schemas"]["Discipline"][];
            /**
             * Transport Needed
             * @default false
             */
            transport_needed: boolean;
            /**
             * Active Course
             * @description Required when the citizen already has an active course.
             */
            active_course?: ("continue" | "end") | null;
            /**
             * Early Start Reason
             * @description Required for a start before the later start date the hospital's plan names for health reasons; kept as the note of the start in the case's history.
             */
            early_start_reason?: string | null;
        };
        /** UserChange */
        UserChange: {
            /** Display Name */
            display_name?: string | null;
            /** Roles */
            roles?: components["schemas"]["Role"][] | null;
            /**
             * Site Ids
             * @description Sites that exist.
             */
            site_ids?: string[] | null;
            /** Active */
            active?: boolean | null;
        };
        /** UserIn */
        UserIn: {
            /** Username */
            username: string;
            /** Display Name */
            display_name: string;
            /** Roles */
            roles: components["schemas"]["Role"][];
            /**
             * Site Ids
             * @description Sites that exist.
             */
            site_ids?: string[];
            /**
             * Password
             * @description 12 to 64 characters, not a common or plain one.
             */
            password: string;
        };
        /** UserOut */
        UserOut: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Username */
            username: string;
            /** Display Name */
            display_name: string;
            /** Roles */
            roles: components["schemas"]["Role"][];
            /** Site Ids */
            site_ids: string[];
            /** Active */
            active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** WaitingIn */
        WaitingIn: {
            /**
             * Course Id
             * Format: uuid
             */
            course_id: string;
        };
        /** WaitingOut */
        WaitingOut: {
            /**
             * Course Id
             * Format: uuid
             */
            course_id: string;
            /**
             * Citizen Id
             * @description Null when the caller may not see the course.
             */
            citizen_id: string | null;
            /** Citizen Name */
            citizen_name: string | null;
            /**
             * Placed At
             * Format: date-time
             */
            placed_at: string;
            /**
             * Offered At
             * @description When a freed seat was offered to it.
             */
            offered_at: string | null;
        };
        /** WeekItem */
        WeekItem: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Course Id */
            course_id: string | null;
            /** Case Id */
            case_id: string | null;
            purpose: components["schemas"]["SessionPurpose"];
            discipline: components["schemas"]["Discipline"] | null;
            provider: components["schemas"]["ProviderKind"];
            /** Staff Id */
            staff_id: string | null;
            /** Home Helper Id */
            home_helper_id: string | null;
            /** Supervisor Id */
            supervisor_id: string | null;
            place: components["schemas"]["PlaceKind"];
            /** Site Id */
            site_id: string | null;
            /** Room Id */
            room_id: string | null;
            /**
             * Starts At
             * Format: date-time
             */
            starts_at: string;
            /**
             * Ends At
             * Format: date-time
             */
            ends_at: string;
            status: components["schemas"]["Attendance"];
            /** Outside Hours Reason */
            outside_hours_reason: string | null;
            /** Booked By */
            booked_by: string;
            /**
             * Citizen Id
             * @description Null when the caller may not see the course.
             */
            citizen_id: string | null;
            /** Citizen Name */
            citizen_name: string | null;
        };
        /** WeeklyTimeIn */
        WeeklyTimeIn: {
            /**
             * Weekday
             * @description 1 Monday to 5 Friday; once a day.
             */
            weekday: number;
            /**
             * Starts
             * @description HH:MM, Copenhagen time.
             */
            starts: string;
            /**
             * Ends
             * @description After the start.
             */
            ends: string;
        };
        /** WeeklyTimeOut */
        WeeklyTimeOut: {
            /** Weekday */
            weekday: number;
            /** Starts */
            starts: string;
            /** Ends */
            ends: string;
        };
        /** WorkingDaysAdded */
        WorkingDaysAdded: {
            /**
             * Start
             * Format: date
             */
            start: string;
            /** Days */
            days: number;
            /**
             * Date
             * Format: date
             */
            date: string;
        };
        /** WorkingDaysCounted */
        WorkingDaysCounted: {
            /**
             * From
             * Format: date
             */
            from: string;
            /**
             * To
             * Format: date
             */
            to: string;
            /** Working Days */
            working_days: number;
        };
        /**
         * WorkingHoursIn
         * @description The member of staff's whole working week; replaces the one recorded.
         */
        WorkingHoursIn: {
            /** Hours */
            hours: components["schemas"]["WorkingHoursStretch"][];
        };
        /** WorkingHoursOut */
        WorkingHoursOut: {
            /**
             * Staff Id
             * Format: uuid
             */
            staff_id: string;
            /** Hours */
            hours: components["schemas"]["WorkingHoursStretchOut"][];
        };
        /** WorkingHoursStretch */
        WorkingHoursStretch: {
            /**
             * Weekday
             * @description 1 Monday to 7 Sunday.
             */
            weekday: number;
            /**
             * Starts
             * @description HH:MM, Copenhagen time.
             */
            starts: string;
            /**
             * Ends
             * @description After the start; stretches of a day do not overlap.
             */
            ends: string;
        };
        /** WorkingHoursStretchOut */
        WorkingHoursStretchOut: {
            /** Weekday */
            weekday: number;
            /** Starts */
            starts: string;
            /** Ends */
            ends: string;
        };
        /** Worklist */
        Worklist: {
            /** Items */
            items: components["schemas"]["WorklistItem"][];
            /**
             * Next Cursor
             * @description Pass as `cursor` for the next page.
             */
            next_cursor: string | null;
        };
        /** WorklistCounts */
        WorklistCounts: {
            /**
             * Overdue
             * @description Nearest deadline before today.
             */
            overdue: number;
            /**
             * Due Today
             * @description Nearest deadline today.
             */
            due_today: number;
            /**
             * Due Soon
             * @description Nearest deadline after today, within 3 working days.
             */
            due_soon: number;
        };
        /** WorklistItem */
        WorklistItem: {
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /** Citizen Name */
            citizen_name: string;
            /** Legal Basis */
            legal_basis: string;
            legal_basis_names: components["schemas"]["LegalBasisNames"];
            site: components["schemas"]["SiteRef"];
            /**
             * Received At
             * Format: date-time
             */
            received_at: string;
            deadline_kind: components["schemas"]["LimitKind"];
            /**
             * Due Date
             * Format: date
             */
            due_date: string;
            /** Working Days Left */
            working_days_left: number;
            status: components["schemas"]["DeadlineStatus"];
            /** @description The therapist the case is assigned to. */
            assignee: components["schemas"]["StaffRef"] | null;
        };
        /** @description An RFC 9457 problem document. */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            /** @description The fields that were wrong, by their JSON name. */
            errors?: {
                field: string;
                message: string;
            }[];
            /** Format: uuid */
            existing_citizen_id?: string;
            /**
             * Format: uuid
             * @description The appointment or team occurrence a team's time meets in its room.
             */
            clashing_booking_id?: string;
            /** @description A full team: the course may join its waiting list. */
            waiting_list_offered?: boolean;
            /** @description The rule of the case the request broke. */
            rule?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "health-alive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "health-ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "schema_revision": "0012"
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Database unreachable or schema not at the newest migration */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Database unreachable or schema not at the newest migration"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "mette.holm",
                 *       "password": "et-langt-hemmeligt-kodeord"
                 *     }
                 */
                "application/json": components["schemas"]["LoginIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "username": "mette.holm",
                     *         "display_name": "Mette Holm",
                     *         "roles": [
                     *           "therapist"
                     *         ],
                     *         "site_ids": [
                     *           "1b1f939d-aec3-5a02-a172-3f3053ea7715"
                     *         ],
                     *         "permissions": [
                     *           "citizens.read"
                     *         ]
                     *       },
                     *       "csrf_token": "Eksempel",
                     *       "expires_at": "2027-01-11T09:30:00+01:00",
                     *       "idle_timeout_seconds": 1
                     *     }
                     */
                    "application/json": components["schemas"]["SessionOut"];
                };
            };
            /** @description Wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Wrong username or password"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Slow down */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "Slow down"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "username": "mette.holm",
                     *         "display_name": "Mette Holm",
                     *         "roles": [
                     *           "therapist"
                     *         ],
                     *         "site_ids": [
                     *           "1b1f939d-aec3-5a02-a172-3f3053ea7715"
                     *         ],
                     *         "permissions": [
                     *           "citizens.read"
                     *         ]
                     *       },
                     *       "csrf_token": "Eksempel",
                     *       "expires_at": "2027-01-11T09:30:00+01:00",
                     *       "idle_timeout_seconds": 1
                     *     }
                     */
                    "application/json": components["schemas"]["SessionOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth-logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth-change_password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "current_password": "et-langt-hemmeligt-kodeord",
                 *       "new_password": "et-nyt-langt-hemmeligt-kodeord"
                 *     }
                 */
                "application/json": components["schemas"]["PasswordChangeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "working_days-add": {
        parameters: {
            query: {
                /** @description The day of receipt (day 0). */
                start: string;
                /** @description Working days to add; the result must lie in the calendar's years. */
                days: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "start": "2027-01-11",
                     *       "days": 1,
                     *       "date": "2027-01-11"
                     *     }
                     */
                    "application/json": components["schemas"]["WorkingDaysAdded"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "working_days-count": {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2027-01-11",
                     *       "to": "2027-01-11",
                     *       "working_days": 10
                     *     }
                     */
                    "application/json": components["schemas"]["WorkingDaysCounted"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "centre-list_sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen",
                     *         "address": "Ishøj Strandvej 10, 2635 Ishøj",
                     *         "phone": "+45 43 57 70 00"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["SiteOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "centre-list_closure_days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "day": "2027-01-11",
                     *         "reason": "Borgeren bad selv om det."
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ClosureDayOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "centre-add_closure_day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "day": "2027-01-11",
                 *       "reason": "Borgeren bad selv om det."
                 *     }
                 */
                "application/json": components["schemas"]["ClosureDayIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "day": "2027-01-11",
                     *       "reason": "Borgeren bad selv om det.",
                     *       "hits": [
                     *         {
                     *           "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b",
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00",
                     *           "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *           "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6"
                     *         }
                     *       ],
                     *       "team_hits": [
                     *         {
                     *           "team_id": "201d03ab-6bcc-5425-b4e7-b6bff007190e",
                     *           "planned_on": "2027-01-11",
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ClosureDayAdded"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already a closure day */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "Already a closure day"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "centre-remove_closure_day": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                closure_day_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "centre-list_legal_bases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "code": "Eksempel",
                     *         "referral_kind": "rehab_plan",
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["LegalBasisOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "centre-list_service_standard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "legal_basis": "SUL_140",
                     *         "kind": "invitation",
                     *         "value": 1,
                     *         "unit": "working_days",
                     *         "effective_from": "2027-01-11"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["LimitOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "centre-add_service_standard_version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "legal_basis": "SUL_140",
                 *       "effective_from": "2027-01-11",
                 *       "limits": [
                 *         {
                 *           "kind": "invitation",
                 *           "value": 0,
                 *           "unit": "working_days"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ServiceStandardVersionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "legal_basis": "SUL_140",
                     *         "kind": "invitation",
                     *         "value": 1,
                     *         "unit": "working_days",
                     *         "effective_from": "2027-01-11"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["LimitOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A version with that effective date exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "A version with that effective date exists"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "centre-list_therapists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "display_name": "Mette Holm",
                     *         "site_ids": [
                     *           "1b1f939d-aec3-5a02-a172-3f3053ea7715"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TherapistOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "citizens-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cpr": "1501874823",
                 *       "name": "Karen Jensen",
                 *       "address": "Ishøj Strandvej 10, 2635 Ishøj",
                 *       "municipality_code": "183",
                 *       "phone": "+45 43 57 70 00",
                 *       "email": "karen.jensen@example.dk",
                 *       "general_practitioner": "Lægerne i Ishøj Bycenter",
                 *       "general_practitioner_clinic": "Lægerne i Ishøj Bycenter",
                 *       "general_practitioner_provider_number": "012345",
                 *       "relative": {
                 *         "name": "Peter Jensen",
                 *         "relation": "Datter",
                 *         "phone": "+45 20 30 40 50"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CitizenIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "cpr": "1501874823",
                     *       "birth_date": "1987-01-15",
                     *       "name": "Karen Jensen",
                     *       "address": "Ishøj Strandvej 10, 2635 Ishøj",
                     *       "municipality_code": "183",
                     *       "municipality_name": "Ishøj",
                     *       "other_municipality": false,
                     *       "phone": "+45 43 57 70 00",
                     *       "email": "karen.jensen@example.dk",
                     *       "general_practitioner": "Lægerne i Ishøj Bycenter",
                     *       "general_practitioner_clinic": "Lægerne i Ishøj Bycenter",
                     *       "general_practitioner_provider_number": "012345",
                     *       "relative": {
                     *         "name": "Peter Jensen",
                     *         "relation": "Datter",
                     *         "phone": "+45 20 30 40 50"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CitizenOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The CPR number is registered; `existing_citizen_id` names it */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "The CPR number is registered; `existing_citizen_id` names it"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "citizens-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                citizen_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "cpr": "1501874823",
                     *       "birth_date": "1987-01-15",
                     *       "name": "Karen Jensen",
                     *       "address": "Ishøj Strandvej 10, 2635 Ishøj",
                     *       "municipality_code": "183",
                     *       "municipality_name": "Ishøj",
                     *       "other_municipality": false,
                     *       "phone": "+45 43 57 70 00",
                     *       "email": "karen.jensen@example.dk",
                     *       "general_practitioner": "Lægerne i Ishøj Bycenter",
                     *       "general_practitioner_clinic": "Lægerne i Ishøj Bycenter",
                     *       "general_practitioner_provider_number": "012345",
                     *       "relative": {
                     *         "name": "Peter Jensen",
                     *         "relation": "Datter",
                     *         "phone": "+45 20 30 40 50"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CitizenOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "citizens-edit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                citizen_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cpr": "1501874823",
                 *       "name": "Karen Jensen",
                 *       "address": "Ishøj Strandvej 10, 2635 Ishøj",
                 *       "municipality_code": "183",
                 *       "phone": "+45 43 57 70 00",
                 *       "email": "karen.jensen@example.dk",
                 *       "general_practitioner": "Lægerne i Ishøj Bycenter",
                 *       "general_practitioner_clinic": "Lægerne i Ishøj Bycenter",
                 *       "general_practitioner_provider_number": "012345",
                 *       "relative": {
                 *         "name": "Peter Jensen",
                 *         "relation": "Datter",
                 *         "phone": "+45 20 30 40 50"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CitizenIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "cpr": "1501874823",
                     *       "birth_date": "1987-01-15",
                     *       "name": "Karen Jensen",
                     *       "address": "Ishøj Strandvej 10, 2635 Ishøj",
                     *       "municipality_code": "183",
                     *       "municipality_name": "Ishøj",
                     *       "other_municipality": false,
                     *       "phone": "+45 43 57 70 00",
                     *       "email": "karen.jensen@example.dk",
                     *       "general_practitioner": "Lægerne i Ishøj Bycenter",
                     *       "general_practitioner_clinic": "Lægerne i Ishøj Bycenter",
                     *       "general_practitioner_provider_number": "012345",
                     *       "relative": {
                     *         "name": "Peter Jensen",
                     *         "relation": "Datter",
                     *         "phone": "+45 20 30 40 50"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CitizenOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another citizen has the CPR number */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "Another citizen has the CPR number"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "citizens-list_changes": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                citizen_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "changed_at": "2027-01-11T09:30:00+01:00",
                     *         "actor": "Eksempel",
                     *         "field": "Eksempel",
                     *         "old_value": "Eksempel",
                     *         "new_value": "Eksempel"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CitizenChangeOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "citizens-list_cases": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                citizen_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "legal_basis": "SUL_140",
                     *         "status": "received",
                     *         "open": true,
                     *         "received_date": "2027-01-11",
                     *         "condition": "Eksempel",
                     *         "site_name": "Træningscenter Syd",
                     *         "letters": [
                     *           {
                     *             "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *             "kind": "Eksempel",
                     *             "template_version": 1,
                     *             "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *             "created_at": "2027-01-11T09:30:00+01:00",
                     *             "created_by": "Eksempel"
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CitizenCaseOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "citizens-search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cpr": "1501874823",
                 *       "name": "Karen Jensen",
                 *       "phone": "+45 43 57 70 00"
                 *     }
                 */
                "application/json": components["schemas"]["CitizenSearch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "name": "Karen Jensen",
                     *           "record": {
                     *             "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *             "cpr": "1501874823",
                     *             "birth_date": "1987-01-15",
                     *             "name": "Karen Jensen",
                     *             "address": "Ishøj Strandvej 10, 2635 Ishøj",
                     *             "municipality_code": "183",
                     *             "municipality_name": "Ishøj",
                     *             "other_municipality": false,
                     *             "phone": "+45 43 57 70 00",
                     *             "email": "karen.jensen@example.dk",
                     *             "general_practitioner": "Lægerne i Ishøj Bycenter",
                     *             "general_practitioner_clinic": "Lægerne i Ishøj Bycenter",
                     *             "general_practitioner_provider_number": "012345",
                     *             "relative": {
                     *               "name": "Peter Jensen",
                     *               "relation": "Datter",
                     *               "phone": "+45 20 30 40 50"
                     *             }
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CitizenList"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "citizens-list_courses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                citizen_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CourseOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "citizens-record_earlier_course": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                citizen_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "legal_basis": "SUL_140",
                 *       "started_on": "2027-01-11",
                 *       "ended_on": "2027-01-11",
                 *       "note": "Aftalt med borgeren i telefonen."
                 *     }
                 */
                "application/json": components["schemas"]["EarlierCourseIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *       "legal_basis": "SUL_140",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "status": "active",
                     *       "started_on": "2027-01-11",
                     *       "ended_on": "2027-01-11",
                     *       "earlier": false,
                     *       "note": "Aftalt med borgeren i telefonen."
                     *     }
                     */
                    "application/json": components["schemas"]["CourseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "courses-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *       "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *       "legal_basis": "SUL_140",
                     *       "status": "planned",
                     *       "disciplines": [
                     *         "physiotherapy"
                     *       ],
                     *       "form": "team_training",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "therapist_ids": [
                     *         "f9220070-942a-5268-a385-eb82b79952c6"
                     *       ],
                     *       "started_on": "2027-01-11",
                     *       "planned_end_on": "2027-01-11",
                     *       "ended_on": "2027-01-11",
                     *       "plan_changed_at": "2027-01-11T09:30:00+01:00",
                     *       "goals": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "measure": "Gangdistance i meter",
                     *           "target_date": "2027-01-11",
                     *           "status": "not_started",
                     *           "version": 1,
                     *           "changed_at": "2027-01-11T09:30:00+01:00",
                     *           "history": [
                     *             {
                     *               "version": 1,
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "measure": "Gangdistance i meter",
                     *               "target_date": "2027-01-11",
                     *               "status": "not_started",
                     *               "changed_by": "Eksempel",
                     *               "changed_at": "2027-01-11T09:30:00+01:00"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "services": [
                     *         {
                     *           "code": "Eksempel",
                     *           "system": "Eksempel",
                     *           "display": "Eksempel",
                     *           "added_by": "Eksempel",
                     *           "added_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "notes": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "author_name": "Mette Holm",
                     *           "written_at": "2027-01-11T09:30:00+01:00",
                     *           "corrects_id": "cdac5d93-a461-5738-b4df-ba947b152683",
                     *           "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b",
                     *           "corrected": false
                     *         }
                     *       ],
                     *       "frequency_exceptions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *           "reason": "acquired_brain_injury",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "starts_on": "2027-01-11",
                     *           "ends_on": "2027-01-11",
                     *           "recorded_by": "Eksempel",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "appointments": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "purpose": "training",
                     *           "discipline": "physiotherapy",
                     *           "provider": "therapist",
                     *           "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *           "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *           "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *           "place": "site",
                     *           "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *           "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00",
                     *           "status": "booked",
                     *           "outside_hours_reason": "Eksempel"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CourseDetailOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "courses-set_plan": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "disciplines": [
                 *         "physiotherapy"
                 *       ],
                 *       "form": "team_training",
                 *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                 *       "therapist_ids": [
                 *         "f9220070-942a-5268-a385-eb82b79952c6"
                 *       ],
                 *       "started_on": "2027-01-11",
                 *       "planned_end_on": "2027-01-11"
                 *     }
                 */
                "application/json": components["schemas"]["CoursePlanIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *       "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *       "legal_basis": "SUL_140",
                     *       "status": "planned",
                     *       "disciplines": [
                     *         "physiotherapy"
                     *       ],
                     *       "form": "team_training",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "therapist_ids": [
                     *         "f9220070-942a-5268-a385-eb82b79952c6"
                     *       ],
                     *       "started_on": "2027-01-11",
                     *       "planned_end_on": "2027-01-11",
                     *       "ended_on": "2027-01-11",
                     *       "plan_changed_at": "2027-01-11T09:30:00+01:00",
                     *       "goals": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "measure": "Gangdistance i meter",
                     *           "target_date": "2027-01-11",
                     *           "status": "not_started",
                     *           "version": 1,
                     *           "changed_at": "2027-01-11T09:30:00+01:00",
                     *           "history": [
                     *             {
                     *               "version": 1,
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "measure": "Gangdistance i meter",
                     *               "target_date": "2027-01-11",
                     *               "status": "not_started",
                     *               "changed_by": "Eksempel",
                     *               "changed_at": "2027-01-11T09:30:00+01:00"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "services": [
                     *         {
                     *           "code": "Eksempel",
                     *           "system": "Eksempel",
                     *           "display": "Eksempel",
                     *           "added_by": "Eksempel",
                     *           "added_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "notes": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "author_name": "Mette Holm",
                     *           "written_at": "2027-01-11T09:30:00+01:00",
                     *           "corrects_id": "cdac5d93-a461-5738-b4df-ba947b152683",
                     *           "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b",
                     *           "corrected": false
                     *         }
                     *       ],
                     *       "frequency_exceptions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *           "reason": "acquired_brain_injury",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "starts_on": "2027-01-11",
                     *           "ends_on": "2027-01-11",
                     *           "recorded_by": "Eksempel",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "appointments": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "purpose": "training",
                     *           "discipline": "physiotherapy",
                     *           "provider": "therapist",
                     *           "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *           "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *           "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *           "place": "site",
                     *           "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *           "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00",
                     *           "status": "booked",
                     *           "outside_hours_reason": "Eksempel"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CourseDetailOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "courses-add_goal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Går med rollator indendørs; målet er at gå uden.",
                 *       "measure": "Gangdistance i meter",
                 *       "target_date": "2027-01-11"
                 *     }
                 */
                "application/json": components["schemas"]["GoalIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *       "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *       "legal_basis": "SUL_140",
                     *       "status": "planned",
                     *       "disciplines": [
                     *         "physiotherapy"
                     *       ],
                     *       "form": "team_training",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "therapist_ids": [
                     *         "f9220070-942a-5268-a385-eb82b79952c6"
                     *       ],
                     *       "started_on": "2027-01-11",
                     *       "planned_end_on": "2027-01-11",
                     *       "ended_on": "2027-01-11",
                     *       "plan_changed_at": "2027-01-11T09:30:00+01:00",
                     *       "goals": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "measure": "Gangdistance i meter",
                     *           "target_date": "2027-01-11",
                     *           "status": "not_started",
                     *           "version": 1,
                     *           "changed_at": "2027-01-11T09:30:00+01:00",
                     *           "history": [
                     *             {
                     *               "version": 1,
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "measure": "Gangdistance i meter",
                     *               "target_date": "2027-01-11",
                     *               "status": "not_started",
                     *               "changed_by": "Eksempel",
                     *               "changed_at": "2027-01-11T09:30:00+01:00"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "services": [
                     *         {
                     *           "code": "Eksempel",
                     *           "system": "Eksempel",
                     *           "display": "Eksempel",
                     *           "added_by": "Eksempel",
                     *           "added_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "notes": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "author_name": "Mette Holm",
                     *           "written_at": "2027-01-11T09:30:00+01:00",
                     *           "corrects_id": "cdac5d93-a461-5738-b4df-ba947b152683",
                     *           "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b",
                     *           "corrected": false
                     *         }
                     *       ],
                     *       "frequency_exceptions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *           "reason": "acquired_brain_injury",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "starts_on": "2027-01-11",
                     *           "ends_on": "2027-01-11",
                     *           "recorded_by": "Eksempel",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "appointments": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "purpose": "training",
                     *           "discipline": "physiotherapy",
                     *           "provider": "therapist",
                     *           "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *           "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *           "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *           "place": "site",
                     *           "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *           "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00",
                     *           "status": "booked",
                     *           "outside_hours_reason": "Eksempel"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CourseDetailOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "courses-change_goal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: string;
                goal_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Går med rollator indendørs; målet er at gå uden.",
                 *       "measure": "Gangdistance i meter",
                 *       "target_date": "2027-01-11",
                 *       "status": "not_started"
                 *     }
                 */
                "application/json": components["schemas"]["GoalChangeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *       "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *       "legal_basis": "SUL_140",
                     *       "status": "planned",
                     *       "disciplines": [
                     *         "physiotherapy"
                     *       ],
                     *       "form": "team_training",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "therapist_ids": [
                     *         "f9220070-942a-5268-a385-eb82b79952c6"
                     *       ],
                     *       "started_on": "2027-01-11",
                     *       "planned_end_on": "2027-01-11",
                     *       "ended_on": "2027-01-11",
                     *       "plan_changed_at": "2027-01-11T09:30:00+01:00",
                     *       "goals": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "measure": "Gangdistance i meter",
                     *           "target_date": "2027-01-11",
                     *           "status": "not_started",
                     *           "version": 1,
                     *           "changed_at": "2027-01-11T09:30:00+01:00",
                     *           "history": [
                     *             {
                     *               "version": 1,
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "measure": "Gangdistance i meter",
                     *               "target_date": "2027-01-11",
                     *               "status": "not_started",
                     *               "changed_by": "Eksempel",
                     *               "changed_at": "2027-01-11T09:30:00+01:00"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "services": [
                     *         {
                     *           "code": "Eksempel",
                     *           "system": "Eksempel",
                     *           "display": "Eksempel",
                     *           "added_by": "Eksempel",
                     *           "added_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "notes": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "author_name": "Mette Holm",
                     *           "written_at": "2027-01-11T09:30:00+01:00",
                     *           "corrects_id": "cdac5d93-a461-5738-b4df-ba947b152683",
                     *           "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b",
                     *           "corrected": false
                     *         }
                     *       ],
                     *       "frequency_exceptions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *           "reason": "acquired_brain_injury",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "starts_on": "2027-01-11",
                     *           "ends_on": "2027-01-11",
                     *           "recorded_by": "Eksempel",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "appointments": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "purpose": "training",
                     *           "discipline": "physiotherapy",
                     *           "provider": "therapist",
                     *           "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *           "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *           "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *           "place": "site",
                     *           "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *           "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00",
                     *           "status": "booked",
                     *           "outside_hours_reason": "Eksempel"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CourseDetailOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "courses-set_services": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "codes": [
                 *         "b4bf451c-7f1f-5cdf-86e3-16c427749d13"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ServicesIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *       "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *       "legal_basis": "SUL_140",
                     *       "status": "planned",
                     *       "disciplines": [
                     *         "physiotherapy"
                     *       ],
                     *       "form": "team_training",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "therapist_ids": [
                     *         "f9220070-942a-5268-a385-eb82b79952c6"
                     *       ],
                     *       "started_on": "2027-01-11",
                     *       "planned_end_on": "2027-01-11",
                     *       "ended_on": "2027-01-11",
                     *       "plan_changed_at": "2027-01-11T09:30:00+01:00",
                     *       "goals": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "measure": "Gangdistance i meter",
                     *           "target_date": "2027-01-11",
                     *           "status": "not_started",
                     *           "version": 1,
                     *           "changed_at": "2027-01-11T09:30:00+01:00",
                     *           "history": [
                     *             {
                     *               "version": 1,
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "measure": "Gangdistance i meter",
                     *               "target_date": "2027-01-11",
                     *               "status": "not_started",
                     *               "changed_by": "Eksempel",
                     *               "changed_at": "2027-01-11T09:30:00+01:00"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "services": [
                     *         {
                     *           "code": "Eksempel",
                     *           "system": "Eksempel",
                     *           "display": "Eksempel",
                     *           "added_by": "Eksempel",
                     *           "added_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "notes": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "author_name": "Mette Holm",
                     *           "written_at": "2027-01-11T09:30:00+01:00",
                     *           "corrects_id": "cdac5d93-a461-5738-b4df-ba947b152683",
                     *           "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b",
                     *           "corrected": false
                     *         }
                     *       ],
                     *       "frequency_exceptions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *           "reason": "acquired_brain_injury",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "starts_on": "2027-01-11",
                     *           "ends_on": "2027-01-11",
                     *           "recorded_by": "Eksempel",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "appointments": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "purpose": "training",
                     *           "discipline": "physiotherapy",
                     *           "provider": "therapist",
                     *           "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *           "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *           "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *           "place": "site",
                     *           "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *           "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00",
                     *           "status": "booked",
                     *           "outside_hours_reason": "Eksempel"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CourseDetailOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "courses-add_note": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "text": "Går med rollator indendørs; målet er at gå uden.",
                 *       "corrects_id": "cdac5d93-a461-5738-b4df-ba947b152683",
                 *       "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                 *     }
                 */
                "application/json": components["schemas"]["NoteIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *       "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *       "legal_basis": "SUL_140",
                     *       "status": "planned",
                     *       "disciplines": [
                     *         "physiotherapy"
                     *       ],
                     *       "form": "team_training",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "therapist_ids": [
                     *         "f9220070-942a-5268-a385-eb82b79952c6"
                     *       ],
                     *       "started_on": "2027-01-11",
                     *       "planned_end_on": "2027-01-11",
                     *       "ended_on": "2027-01-11",
                     *       "plan_changed_at": "2027-01-11T09:30:00+01:00",
                     *       "goals": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "measure": "Gangdistance i meter",
                     *           "target_date": "2027-01-11",
                     *           "status": "not_started",
                     *           "version": 1,
                     *           "changed_at": "2027-01-11T09:30:00+01:00",
                     *           "history": [
                     *             {
                     *               "version": 1,
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "measure": "Gangdistance i meter",
                     *               "target_date": "2027-01-11",
                     *               "status": "not_started",
                     *               "changed_by": "Eksempel",
                     *               "changed_at": "2027-01-11T09:30:00+01:00"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "services": [
                     *         {
                     *           "code": "Eksempel",
                     *           "system": "Eksempel",
                     *           "display": "Eksempel",
                     *           "added_by": "Eksempel",
                     *           "added_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "notes": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "author_name": "Mette Holm",
                     *           "written_at": "2027-01-11T09:30:00+01:00",
                     *           "corrects_id": "cdac5d93-a461-5738-b4df-ba947b152683",
                     *           "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b",
                     *           "corrected": false
                     *         }
                     *       ],
                     *       "frequency_exceptions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *           "reason": "acquired_brain_injury",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "starts_on": "2027-01-11",
                     *           "ends_on": "2027-01-11",
                     *           "recorded_by": "Eksempel",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "appointments": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "purpose": "training",
                     *           "discipline": "physiotherapy",
                     *           "provider": "therapist",
                     *           "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *           "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *           "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *           "place": "site",
                     *           "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *           "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00",
                     *           "status": "booked",
                     *           "outside_hours_reason": "Eksempel"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CourseDetailOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "courses-add_frequency_exception": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "acquired_brain_injury",
                 *       "note": "Aftalt med borgeren i telefonen.",
                 *       "starts_on": "2027-01-11",
                 *       "ends_on": "2027-01-11"
                 *     }
                 */
                "application/json": components["schemas"]["FrequencyExceptionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *       "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *       "legal_basis": "SUL_140",
                     *       "status": "planned",
                     *       "disciplines": [
                     *         "physiotherapy"
                     *       ],
                     *       "form": "team_training",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "therapist_ids": [
                     *         "f9220070-942a-5268-a385-eb82b79952c6"
                     *       ],
                     *       "started_on": "2027-01-11",
                     *       "planned_end_on": "2027-01-11",
                     *       "ended_on": "2027-01-11",
                     *       "plan_changed_at": "2027-01-11T09:30:00+01:00",
                     *       "goals": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "measure": "Gangdistance i meter",
                     *           "target_date": "2027-01-11",
                     *           "status": "not_started",
                     *           "version": 1,
                     *           "changed_at": "2027-01-11T09:30:00+01:00",
                     *           "history": [
                     *             {
                     *               "version": 1,
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "measure": "Gangdistance i meter",
                     *               "target_date": "2027-01-11",
                     *               "status": "not_started",
                     *               "changed_by": "Eksempel",
                     *               "changed_at": "2027-01-11T09:30:00+01:00"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "services": [
                     *         {
                     *           "code": "Eksempel",
                     *           "system": "Eksempel",
                     *           "display": "Eksempel",
                     *           "added_by": "Eksempel",
                     *           "added_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "notes": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "text": "Går med rollator indendørs; målet er at gå uden.",
                     *           "author_name": "Mette Holm",
                     *           "written_at": "2027-01-11T09:30:00+01:00",
                     *           "corrects_id": "cdac5d93-a461-5738-b4df-ba947b152683",
                     *           "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b",
                     *           "corrected": false
                     *         }
                     *       ],
                     *       "frequency_exceptions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *           "reason": "acquired_brain_injury",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "starts_on": "2027-01-11",
                     *           "ends_on": "2027-01-11",
                     *           "recorded_by": "Eksempel",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ],
                     *       "appointments": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "purpose": "training",
                     *           "discipline": "physiotherapy",
                     *           "provider": "therapist",
                     *           "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *           "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *           "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *           "place": "site",
                     *           "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *           "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00",
                     *           "status": "booked",
                     *           "outside_hours_reason": "Eksempel"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CourseDetailOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "courses-list_exceptions_in_force": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *         "reason": "acquired_brain_injury",
                     *         "note": "Aftalt med borgeren i telefonen.",
                     *         "starts_on": "2027-01-11",
                     *         "ends_on": "2027-01-11",
                     *         "recorded_by": "Eksempel",
                     *         "recorded_at": "2027-01-11T09:30:00+01:00",
                     *         "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *         "citizen_name": "Karen Jensen"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ExceptionInForceOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                 *       "purpose": "training",
                 *       "provider": "therapist",
                 *       "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                 *       "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                 *       "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                 *       "discipline": "physiotherapy",
                 *       "place": {
                 *         "kind": "site",
                 *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                 *         "room_id": "93654240-033e-57d0-b599-381f06318aef"
                 *       },
                 *       "starts_at": "2027-01-11T09:30:00+01:00",
                 *       "ends_at": "2027-01-11T09:30:00+01:00",
                 *       "outside_hours_reason": "Eksempel"
                 *     }
                 */
                "application/json": components["schemas"]["BookingIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *       "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *       "purpose": "training",
                     *       "discipline": "physiotherapy",
                     *       "provider": "therapist",
                     *       "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *       "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *       "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *       "place": "site",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *       "starts_at": "2027-01-11T09:30:00+01:00",
                     *       "ends_at": "2027-01-11T09:30:00+01:00",
                     *       "status": "booked",
                     *       "outside_hours_reason": "Eksempel",
                     *       "booked_by": "Eksempel"
                     *     }
                     */
                    "application/json": components["schemas"]["AppointmentOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A clash: `rule` names it, `clashing_appointment_id` the booking */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "A clash: `rule` names it, `clashing_appointment_id` the booking"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *       "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *       "purpose": "training",
                     *       "discipline": "physiotherapy",
                     *       "provider": "therapist",
                     *       "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *       "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *       "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *       "place": "site",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *       "starts_at": "2027-01-11T09:30:00+01:00",
                     *       "ends_at": "2027-01-11T09:30:00+01:00",
                     *       "status": "booked",
                     *       "outside_hours_reason": "Eksempel",
                     *       "booked_by": "Eksempel"
                     *     }
                     */
                    "application/json": components["schemas"]["AppointmentOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-mark_attended": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *       "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *       "purpose": "training",
                     *       "discipline": "physiotherapy",
                     *       "provider": "therapist",
                     *       "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *       "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *       "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *       "place": "site",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *       "starts_at": "2027-01-11T09:30:00+01:00",
                     *       "ends_at": "2027-01-11T09:30:00+01:00",
                     *       "status": "booked",
                     *       "outside_hours_reason": "Eksempel",
                     *       "booked_by": "Eksempel"
                     *     }
                     */
                    "application/json": components["schemas"]["AppointmentOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-staff_appointments": {
        parameters: {
            query: {
                /** @description The first day. */
                first: string;
                /** @description The last day; at most six weeks on. */
                last: string;
            };
            header?: never;
            path: {
                staff_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "purpose": "training",
                     *         "discipline": "physiotherapy",
                     *         "provider": "therapist",
                     *         "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *         "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *         "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *         "starts_at": "2027-01-11T09:30:00+01:00",
                     *         "ends_at": "2027-01-11T09:30:00+01:00",
                     *         "status": "booked",
                     *         "outside_hours_reason": "Eksempel",
                     *         "booked_by": "Eksempel",
                     *         "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *         "citizen_name": "Karen Jensen"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["WeekItem"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-my_day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "purpose": "training",
                     *         "discipline": "physiotherapy",
                     *         "provider": "therapist",
                     *         "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *         "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *         "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *         "starts_at": "2027-01-11T09:30:00+01:00",
                     *         "ends_at": "2027-01-11T09:30:00+01:00",
                     *         "status": "booked",
                     *         "outside_hours_reason": "Eksempel",
                     *         "booked_by": "Eksempel",
                     *         "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *         "citizen_name": "Karen Jensen",
                     *         "citizen_phone": "+45 43 57 70 00",
                     *         "address": "Ishøj Strandvej 10, 2635 Ishøj"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["MyDayItem"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-get_working_hours": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                staff_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *       "hours": [
                     *         {
                     *           "weekday": 1,
                     *           "starts": "2027-01-11",
                     *           "ends": "2027-01-11"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WorkingHoursOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-set_working_hours": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                staff_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "hours": [
                 *         {
                 *           "weekday": 1,
                 *           "starts": "09:30",
                 *           "ends": "09:30"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["WorkingHoursIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *       "hours": [
                     *         {
                     *           "weekday": 1,
                     *           "starts": "2027-01-11",
                     *           "ends": "2027-01-11"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WorkingHoursOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-add_absence": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                staff_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "holiday",
                 *       "first_day": "2027-01-11",
                 *       "last_day": "2027-01-11",
                 *       "note": "Aftalt med borgeren i telefonen."
                 *     }
                 */
                "application/json": components["schemas"]["AbsenceIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *       "kind": "holiday",
                     *       "first_day": "2027-01-11",
                     *       "last_day": "2027-01-11",
                     *       "note": "Aftalt med borgeren i telefonen.",
                     *       "hits": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *           "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *           "purpose": "training",
                     *           "discipline": "physiotherapy",
                     *           "provider": "therapist",
                     *           "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *           "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *           "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *           "place": "site",
                     *           "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *           "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00",
                     *           "status": "booked",
                     *           "outside_hours_reason": "Eksempel",
                     *           "booked_by": "Eksempel"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AbsenceOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-list_rooms": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "name": "Karen Jensen",
                     *         "capacity": 8
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["RoomOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-add_room": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                site_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Karen Jensen",
                 *       "capacity": 8
                 *     }
                 */
                "application/json": components["schemas"]["RoomIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "name": "Karen Jensen",
                     *       "capacity": 8
                     *     }
                     */
                    "application/json": components["schemas"]["RoomOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-list_home_helpers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen",
                     *         "home_care_unit": "Hjemmeplejen Vest"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["HomeHelperOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-add_home_helper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Karen Jensen",
                 *       "home_care_unit": "Hjemmeplejen Vest"
                 *     }
                 */
                "application/json": components["schemas"]["HomeHelperIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "name": "Karen Jensen",
                     *       "home_care_unit": "Hjemmeplejen Vest"
                     *     }
                     */
                    "application/json": components["schemas"]["HomeHelperOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "teams-list": {
        parameters: {
            query?: {
                /** @description One site's. */
                site_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *         "discipline": "physiotherapy",
                     *         "weekly_times": [
                     *           {
                     *             "weekday": 1,
                     *             "starts": "2027-01-11",
                     *             "ends": "2027-01-11"
                     *           }
                     *         ],
                     *         "capacity": 8,
                     *         "therapist_ids": [
                     *           "f9220070-942a-5268-a385-eb82b79952c6"
                     *         ],
                     *         "starts_on": "2027-01-11",
                     *         "ends_on": "2027-01-11",
                     *         "seats_taken": 1
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["TeamOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "teams-create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Karen Jensen",
                 *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                 *       "room_id": "93654240-033e-57d0-b599-381f06318aef",
                 *       "discipline": "physiotherapy",
                 *       "weekly_times": [
                 *         {
                 *           "weekday": 1,
                 *           "starts": "09:30",
                 *           "ends": "09:30"
                 *         }
                 *       ],
                 *       "capacity": 8,
                 *       "therapist_ids": [
                 *         "f9220070-942a-5268-a385-eb82b79952c6"
                 *       ],
                 *       "starts_on": "2027-01-11",
                 *       "ends_on": "2027-01-11"
                 *     }
                 */
                "application/json": components["schemas"]["TeamIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "name": "Karen Jensen",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *       "discipline": "physiotherapy",
                     *       "weekly_times": [
                     *         {
                     *           "weekday": 1,
                     *           "starts": "2027-01-11",
                     *           "ends": "2027-01-11"
                     *         }
                     *       ],
                     *       "capacity": 8,
                     *       "therapist_ids": [
                     *         "f9220070-942a-5268-a385-eb82b79952c6"
                     *       ],
                     *       "starts_on": "2027-01-11",
                     *       "ends_on": "2027-01-11",
                     *       "seats_taken": 1
                     *     }
                     */
                    "application/json": components["schemas"]["TeamOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A clash: `rule` names it (team_occurrence_clash, room_double_booked) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "A clash: `rule` names it (team_occurrence_clash, room_double_booked)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "teams-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "name": "Karen Jensen",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *       "discipline": "physiotherapy",
                     *       "weekly_times": [
                     *         {
                     *           "weekday": 1,
                     *           "starts": "2027-01-11",
                     *           "ends": "2027-01-11"
                     *         }
                     *       ],
                     *       "capacity": 8,
                     *       "therapist_ids": [
                     *         "f9220070-942a-5268-a385-eb82b79952c6"
                     *       ],
                     *       "starts_on": "2027-01-11",
                     *       "ends_on": "2027-01-11",
                     *       "seats_taken": 1,
                     *       "occurrences": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "team_id": "201d03ab-6bcc-5425-b4e7-b6bff007190e",
                     *           "planned_on": "2027-01-11",
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00",
                     *           "status": "planned",
                     *           "moved": false,
                     *           "sequence": 1
                     *         }
                     *       ],
                     *       "seats": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "team_id": "201d03ab-6bcc-5425-b4e7-b6bff007190e",
                     *           "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *           "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *           "citizen_name": "Karen Jensen",
                     *           "from_day": "2027-01-11"
                     *         }
                     *       ],
                     *       "waiting_list": [
                     *         {
                     *           "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *           "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *           "citizen_name": "Karen Jensen",
                     *           "placed_at": "2027-01-11T09:30:00+01:00",
                     *           "offered_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TeamDetailOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "teams-move_occurrence": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
                /** @description The date the weekly pattern planned. */
                planned_on: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "starts_at": "2027-01-11T09:30:00+01:00",
                 *       "ends_at": "2027-01-11T09:30:00+01:00"
                 *     }
                 */
                "application/json": components["schemas"]["MoveIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "team_id": "201d03ab-6bcc-5425-b4e7-b6bff007190e",
                     *       "planned_on": "2027-01-11",
                     *       "starts_at": "2027-01-11T09:30:00+01:00",
                     *       "ends_at": "2027-01-11T09:30:00+01:00",
                     *       "status": "planned",
                     *       "moved": false,
                     *       "sequence": 1
                     *     }
                     */
                    "application/json": components["schemas"]["OccurrenceOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A clash: `rule` names it (team_occurrence_clash, room_double_booked) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "A clash: `rule` names it (team_occurrence_clash, room_double_booked)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "teams-cancel_occurrence": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
                /** @description The date the weekly pattern planned. */
                planned_on: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "team_id": "201d03ab-6bcc-5425-b4e7-b6bff007190e",
                     *       "planned_on": "2027-01-11",
                     *       "starts_at": "2027-01-11T09:30:00+01:00",
                     *       "ends_at": "2027-01-11T09:30:00+01:00",
                     *       "status": "planned",
                     *       "moved": false,
                     *       "sequence": 1
                     *     }
                     */
                    "application/json": components["schemas"]["OccurrenceOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "teams-change_rest_of_series": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from_day": "2027-01-11",
                 *       "weekly_times": [
                 *         {
                 *           "weekday": 1,
                 *           "starts": "09:30",
                 *           "ends": "09:30"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RestOfSeriesIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "occurrences": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "team_id": "201d03ab-6bcc-5425-b4e7-b6bff007190e",
                     *           "planned_on": "2027-01-11",
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00",
                     *           "status": "planned",
                     *           "moved": false,
                     *           "sequence": 1
                     *         }
                     *       ],
                     *       "removed": [
                     *         "2027-01-11"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SeriesChangeOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A clash: `rule` names it (team_occurrence_clash, room_double_booked) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "A clash: `rule` names it (team_occurrence_clash, room_double_booked)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "teams-cancel_rest_of_series": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from_day": "2027-01-11"
                 *     }
                 */
                "application/json": components["schemas"]["FromDayIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "team_id": "201d03ab-6bcc-5425-b4e7-b6bff007190e",
                     *         "planned_on": "2027-01-11",
                     *         "starts_at": "2027-01-11T09:30:00+01:00",
                     *         "ends_at": "2027-01-11T09:30:00+01:00",
                     *         "status": "planned",
                     *         "moved": false,
                     *         "sequence": 1
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["OccurrenceOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "teams-take_seat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                 *       "from_day": "2027-01-11"
                 *     }
                 */
                "application/json": components["schemas"]["SeatIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "team_id": "201d03ab-6bcc-5425-b4e7-b6bff007190e",
                     *       "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *       "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *       "citizen_name": "Karen Jensen",
                     *       "from_day": "2027-01-11"
                     *     }
                     */
                    "application/json": components["schemas"]["SeatOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The team is full (`waiting_list_offered`: true), or the course has a seat already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "The team is full (`waiting_list_offered`: true), or the course has a seat already"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "teams-release_seat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
                seat_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "on": "2027-01-11"
                 *     }
                 */
                "application/json": components["schemas"]["ReleaseIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "team_id": "201d03ab-6bcc-5425-b4e7-b6bff007190e",
                     *       "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *       "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *       "citizen_name": "Karen Jensen",
                     *       "from_day": "2027-01-11"
                     *     }
                     */
                    "application/json": components["schemas"]["SeatOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "teams-join_waiting_list": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a"
                 *     }
                 */
                "application/json": components["schemas"]["WaitingIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *       "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *       "citizen_name": "Karen Jensen",
                     *       "placed_at": "2027-01-11T09:30:00+01:00",
                     *       "offered_at": "2027-01-11T09:30:00+01:00"
                     *     }
                     */
                    "application/json": components["schemas"]["WaitingOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "teams-offer_seat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "offered": {
                     *         "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *         "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *         "citizen_name": "Karen Jensen",
                     *         "placed_at": "2027-01-11T09:30:00+01:00",
                     *         "offered_at": "2027-01-11T09:30:00+01:00"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["OfferOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "teams-decline_seat": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
                course_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "offered": {
                     *         "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *         "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *         "citizen_name": "Karen Jensen",
                     *         "placed_at": "2027-01-11T09:30:00+01:00",
                     *         "offered_at": "2027-01-11T09:30:00+01:00"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["OfferOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-propose": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "from_day": "2027-01-11",
                 *       "minutes": 15,
                 *       "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                 *       "horizon_days": 1,
                 *       "limit": 1
                 *     }
                 */
                "application/json": components["schemas"]["ProposalsIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "proposals": [
                     *         {
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00",
                     *           "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *           "room_id": "93654240-033e-57d0-b599-381f06318aef"
                     *         }
                     *       ],
                     *       "free_seats": [
                     *         {
                     *           "team_id": "201d03ab-6bcc-5425-b4e7-b6bff007190e",
                     *           "name": "Karen Jensen",
                     *           "free_seats": 1,
                     *           "next_occurrence_at": "2027-01-11T09:30:00+01:00"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProposalsOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-book_series": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                course_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "starts_at": "2027-01-11T09:30:00+01:00",
                 *       "ends_at": "2027-01-11T09:30:00+01:00",
                 *       "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                 *       "room_id": "93654240-033e-57d0-b599-381f06318aef",
                 *       "weeks": 1,
                 *       "commit": false
                 *     }
                 */
                "application/json": components["schemas"]["SeriesIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "dates": [
                     *         {
                     *           "starts_at": "2027-01-11T09:30:00+01:00",
                     *           "ends_at": "2027-01-11T09:30:00+01:00",
                     *           "refused_rule": "Eksempel",
                     *           "refused_message": "Eksempel",
                     *           "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *         }
                     *       ],
                     *       "committed": false
                     *     }
                     */
                    "application/json": components["schemas"]["SeriesOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A date was taken since the dry run; nothing was booked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "A date was taken since the dry run; nothing was booked"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "scheduling-move": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appointment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "starts_at": "2027-01-11T09:30:00+01:00",
                 *       "ends_at": "2027-01-11T09:30:00+01:00"
                 *     }
                 */
                "application/json": components["schemas"]["MoveIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *       "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *       "purpose": "training",
                     *       "discipline": "physiotherapy",
                     *       "provider": "therapist",
                     *       "staff_id": "2b32eddd-3e2c-5402-a1cb-aa45d8950ded",
                     *       "home_helper_id": "25733cbb-38fd-5d68-8848-ed30e60c23a6",
                     *       "supervisor_id": "7a4c2cca-ddd8-5a0a-9efc-2a57cb474528",
                     *       "place": "site",
                     *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *       "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *       "starts_at": "2027-01-11T09:30:00+01:00",
                     *       "ends_at": "2027-01-11T09:30:00+01:00",
                     *       "status": "booked",
                     *       "outside_hours_reason": "Eksempel",
                     *       "booked_by": "Eksempel"
                     *     }
                     */
                    "application/json": components["schemas"]["AppointmentOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A clash at the new time, naming the booking met */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "A clash at the new time, naming the booking met"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "calendar-feed_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "active": true
                     *     }
                     */
                    "application/json": components["schemas"]["FeedStatusOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "calendar-issue_feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "Eksempel"
                     *     }
                     */
                    "application/json": components["schemas"]["FeedOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "calendar-revoke_feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "calendar-revoke_feed_of": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                staff_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "calendar-staff_feed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example BEGIN:VCALENDAR
                     *     VERSION:2.0
                     *     PRODID:-//Træningscenter//DA
                     *     END:VCALENDAR
                     */
                    "text/calendar": string;
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "calendar-team_feed": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example BEGIN:VCALENDAR
                     *     VERSION:2.0
                     *     PRODID:-//Træningscenter//DA
                     *     END:VCALENDAR
                     */
                    "text/calendar": string;
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "calendar-entries": {
        parameters: {
            query: {
                /** @description The first day. */
                first: string;
                /** @description The last day; at most six weeks on. */
                last: string;
                staff_id?: string | null;
                site_id?: string | null;
                room_id?: string | null;
                team_id?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "kind": "Eksempel",
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "title": "Genoptræning efter hofteoperation",
                     *         "starts_at": "2027-01-11T09:30:00+01:00",
                     *         "ends_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "Eksempel",
                     *         "staff_ids": [
                     *           "2b32eddd-3e2c-5402-a1cb-aa45d8950ded"
                     *         ],
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "room_id": "93654240-033e-57d0-b599-381f06318aef",
                     *         "team_id": "201d03ab-6bcc-5425-b4e7-b6bff007190e",
                     *         "planned_on": "2027-01-11",
                     *         "course_id": "6c1af385-2a45-56d1-b11e-77604568d88a",
                     *         "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CalendarEntryOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "cases-register_referral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                 *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                 *       "received_at": "2027-01-11T09:30:00+01:00",
                 *       "condition": "Eksempel",
                 *       "legal_basis": "SUL_140",
                 *       "hospital": "Hvidovre Hospital",
                 *       "department": "Ortopædkirurgisk afdeling",
                 *       "plan_type": "almen_basal",
                 *       "discharge_date": "2027-01-11",
                 *       "health_start_date": "2027-01-11"
                 *     }
                 */
                "application/json": components["schemas"]["RehabPlanIn"] | components["schemas"]["ApplicationIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "legal_basis": "SUL_140",
                     *       "legal_basis_names": {
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       },
                     *       "need_test": "rehabilitation",
                     *       "quarantine_applies": false,
                     *       "site": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "received_at": "2027-01-11T09:30:00+01:00",
                     *       "received_date": "2027-01-11",
                     *       "condition": "Eksempel",
                     *       "status": "received",
                     *       "allowed_events": [
                     *         "invite"
                     *       ],
                     *       "events": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "event": "invite",
                     *           "occurred_on": "2027-01-11",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "corrects": "a775b4fb-81a5-5e6c-97c7-4476b5e2c056",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "undone_by": "593f564c-3a6f-5851-b96d-d85dd8fd9b2a"
                     *         }
                     *       ],
                     *       "correctable_event_id": "a5ceb1ee-71d0-5fc3-8468-2eaff298dc36",
                     *       "flags": [
                     *         "Eksempel"
                     *       ],
                     *       "rehab_plan": {
                     *         "hospital": "Hvidovre Hospital",
                     *         "department": "Ortopædkirurgisk afdeling",
                     *         "plan_type": "almen_basal",
                     *         "kl_codes": [
                     *           "Eksempel"
                     *         ],
                     *         "discharge_date": "2027-01-11",
                     *         "health_start_date": "2027-01-11",
                     *         "free_choice_date": "2027-01-11",
                     *         "kl_code_names": [
                     *           "Eksempel"
                     *         ]
                     *       },
                     *       "application": {
                     *         "channel": "web_form",
                     *         "submitter": "citizen"
                     *       },
                     *       "deadlines": [
                     *         {
                     *           "kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "met_on": "2027-01-11"
                     *         }
                     *       ],
                     *       "invitation": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "meeting_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *         "therapist_name": "Mette Holm",
                     *         "sent_on": "2027-01-11",
                     *         "channel": "letter",
                     *         "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b",
                     *         "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *       },
                     *       "assessment": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "assessed_on": "2027-01-11",
                     *         "findings": [
                     *           {
                     *             "rule": "Eksempel",
                     *             "outcome": "met",
                     *             "text": "Går med rollator indendørs; målet er at gå uden.",
                     *             "facts": {}
                     *           }
                     *         ],
                     *         "eligible": true,
                     *         "override_reason": "Eksempel"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "outcome": "grant",
                     *           "sent_on": "2027-01-11",
                     *           "channel": "letter",
                     *           "received_on": "2027-01-11",
                     *           "complaint_window_ends": "2027-01-11",
                     *           "disciplines": [
                     *             "physiotherapy"
                     *           ],
                     *           "form": "team_training",
                     *           "transport_needed": false,
                     *           "reasons": "Eksempel",
                     *           "findings": [
                     *             {
                     *               "rule": "Eksempel",
                     *               "outcome": "met",
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "facts": {}
                     *             }
                     *           ],
                     *           "after_complaint": false,
                     *           "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b"
                     *         }
                     *       ],
                     *       "complaints": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "decision_id": "9188603a-d3db-526b-84c2-8db605254674",
                     *           "received_on": "2027-01-11",
                     *           "window_ends": "2027-01-11",
                     *           "late": false,
                     *           "reassessment_due": "2027-01-11",
                     *           "summary": "Genoptræning efter total hoftealloplastik.",
                     *           "outcome": "upheld",
                     *           "reassessed_on": "2027-01-11",
                     *           "reassessment_note": "Eksempel",
                     *           "forwarded_on": "2027-01-11",
                     *           "bundle_letter_id": "0b1b016c-f540-5afb-a2bf-950866325c4b"
                     *         }
                     *       ],
                     *       "course": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       },
                     *       "free_choice": {
                     *         "free_choice_date": "2027-01-11",
                     *         "offered_on": "2027-01-11",
                     *         "first_start_offered": "2027-01-11",
                     *         "start_within_limit": true,
                     *         "free_choice_offered": false,
                     *         "citizen_choice": "municipal",
                     *         "kl_status_reason": "Eksempel",
                     *         "kl_status_reason_name": "Eksempel"
                     *       },
                     *       "letters": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "kind": "Eksempel",
                     *           "template_version": 1,
                     *           "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *           "created_at": "2027-01-11T09:30:00+01:00",
                     *           "created_by": "Eksempel"
                     *         }
                     *       ],
                     *       "kl_status_reasons": [
                     *         "Eksempel"
                     *       ],
                     *       "kl_status_reason_names": [
                     *         "Eksempel"
                     *       ],
                     *       "open": true,
                     *       "can_record_decision_receipt": true,
                     *       "can_record_free_choice": false
                     *     }
                     */
                    "application/json": components["schemas"]["CaseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "cases-get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "legal_basis": "SUL_140",
                     *       "legal_basis_names": {
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       },
                     *       "need_test": "rehabilitation",
                     *       "quarantine_applies": false,
                     *       "site": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "received_at": "2027-01-11T09:30:00+01:00",
                     *       "received_date": "2027-01-11",
                     *       "condition": "Eksempel",
                     *       "status": "received",
                     *       "allowed_events": [
                     *         "invite"
                     *       ],
                     *       "events": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "event": "invite",
                     *           "occurred_on": "2027-01-11",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "corrects": "a775b4fb-81a5-5e6c-97c7-4476b5e2c056",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "undone_by": "593f564c-3a6f-5851-b96d-d85dd8fd9b2a"
                     *         }
                     *       ],
                     *       "correctable_event_id": "a5ceb1ee-71d0-5fc3-8468-2eaff298dc36",
                     *       "flags": [
                     *         "Eksempel"
                     *       ],
                     *       "rehab_plan": {
                     *         "hospital": "Hvidovre Hospital",
                     *         "department": "Ortopædkirurgisk afdeling",
                     *         "plan_type": "almen_basal",
                     *         "kl_codes": [
                     *           "Eksempel"
                     *         ],
                     *         "discharge_date": "2027-01-11",
                     *         "health_start_date": "2027-01-11",
                     *         "free_choice_date": "2027-01-11",
                     *         "kl_code_names": [
                     *           "Eksempel"
                     *         ]
                     *       },
                     *       "application": {
                     *         "channel": "web_form",
                     *         "submitter": "citizen"
                     *       },
                     *       "deadlines": [
                     *         {
                     *           "kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "met_on": "2027-01-11"
                     *         }
                     *       ],
                     *       "invitation": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "meeting_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *         "therapist_name": "Mette Holm",
                     *         "sent_on": "2027-01-11",
                     *         "channel": "letter",
                     *         "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b",
                     *         "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *       },
                     *       "assessment": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "assessed_on": "2027-01-11",
                     *         "findings": [
                     *           {
                     *             "rule": "Eksempel",
                     *             "outcome": "met",
                     *             "text": "Går med rollator indendørs; målet er at gå uden.",
                     *             "facts": {}
                     *           }
                     *         ],
                     *         "eligible": true,
                     *         "override_reason": "Eksempel"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "outcome": "grant",
                     *           "sent_on": "2027-01-11",
                     *           "channel": "letter",
                     *           "received_on": "2027-01-11",
                     *           "complaint_window_ends": "2027-01-11",
                     *           "disciplines": [
                     *             "physiotherapy"
                     *           ],
                     *           "form": "team_training",
                     *           "transport_needed": false,
                     *           "reasons": "Eksempel",
                     *           "findings": [
                     *             {
                     *               "rule": "Eksempel",
                     *               "outcome": "met",
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "facts": {}
                     *             }
                     *           ],
                     *           "after_complaint": false,
                     *           "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b"
                     *         }
                     *       ],
                     *       "complaints": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "decision_id": "9188603a-d3db-526b-84c2-8db605254674",
                     *           "received_on": "2027-01-11",
                     *           "window_ends": "2027-01-11",
                     *           "late": false,
                     *           "reassessment_due": "2027-01-11",
                     *           "summary": "Genoptræning efter total hoftealloplastik.",
                     *           "outcome": "upheld",
                     *           "reassessed_on": "2027-01-11",
                     *           "reassessment_note": "Eksempel",
                     *           "forwarded_on": "2027-01-11",
                     *           "bundle_letter_id": "0b1b016c-f540-5afb-a2bf-950866325c4b"
                     *         }
                     *       ],
                     *       "course": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       },
                     *       "free_choice": {
                     *         "free_choice_date": "2027-01-11",
                     *         "offered_on": "2027-01-11",
                     *         "first_start_offered": "2027-01-11",
                     *         "start_within_limit": true,
                     *         "free_choice_offered": false,
                     *         "citizen_choice": "municipal",
                     *         "kl_status_reason": "Eksempel",
                     *         "kl_status_reason_name": "Eksempel"
                     *       },
                     *       "letters": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "kind": "Eksempel",
                     *           "template_version": 1,
                     *           "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *           "created_at": "2027-01-11T09:30:00+01:00",
                     *           "created_by": "Eksempel"
                     *         }
                     *       ],
                     *       "kl_status_reasons": [
                     *         "Eksempel"
                     *       ],
                     *       "kl_status_reason_names": [
                     *         "Eksempel"
                     *       ],
                     *       "open": true,
                     *       "can_record_decision_receipt": true,
                     *       "can_record_free_choice": false
                     *     }
                     */
                    "application/json": components["schemas"]["CaseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "cases-record_event": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event": "invite",
                 *       "occurred_on": "2027-01-11",
                 *       "note": "Aftalt med borgeren i telefonen."
                 *     }
                 */
                "application/json": components["schemas"]["CaseEventIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "legal_basis": "SUL_140",
                     *       "legal_basis_names": {
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       },
                     *       "need_test": "rehabilitation",
                     *       "quarantine_applies": false,
                     *       "site": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "received_at": "2027-01-11T09:30:00+01:00",
                     *       "received_date": "2027-01-11",
                     *       "condition": "Eksempel",
                     *       "status": "received",
                     *       "allowed_events": [
                     *         "invite"
                     *       ],
                     *       "events": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "event": "invite",
                     *           "occurred_on": "2027-01-11",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "corrects": "a775b4fb-81a5-5e6c-97c7-4476b5e2c056",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "undone_by": "593f564c-3a6f-5851-b96d-d85dd8fd9b2a"
                     *         }
                     *       ],
                     *       "correctable_event_id": "a5ceb1ee-71d0-5fc3-8468-2eaff298dc36",
                     *       "flags": [
                     *         "Eksempel"
                     *       ],
                     *       "rehab_plan": {
                     *         "hospital": "Hvidovre Hospital",
                     *         "department": "Ortopædkirurgisk afdeling",
                     *         "plan_type": "almen_basal",
                     *         "kl_codes": [
                     *           "Eksempel"
                     *         ],
                     *         "discharge_date": "2027-01-11",
                     *         "health_start_date": "2027-01-11",
                     *         "free_choice_date": "2027-01-11",
                     *         "kl_code_names": [
                     *           "Eksempel"
                     *         ]
                     *       },
                     *       "application": {
                     *         "channel": "web_form",
                     *         "submitter": "citizen"
                     *       },
                     *       "deadlines": [
                     *         {
                     *           "kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "met_on": "2027-01-11"
                     *         }
                     *       ],
                     *       "invitation": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "meeting_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *         "therapist_name": "Mette Holm",
                     *         "sent_on": "2027-01-11",
                     *         "channel": "letter",
                     *         "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b",
                     *         "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *       },
                     *       "assessment": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "assessed_on": "2027-01-11",
                     *         "findings": [
                     *           {
                     *             "rule": "Eksempel",
                     *             "outcome": "met",
                     *             "text": "Går med rollator indendørs; målet er at gå uden.",
                     *             "facts": {}
                     *           }
                     *         ],
                     *         "eligible": true,
                     *         "override_reason": "Eksempel"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "outcome": "grant",
                     *           "sent_on": "2027-01-11",
                     *           "channel": "letter",
                     *           "received_on": "2027-01-11",
                     *           "complaint_window_ends": "2027-01-11",
                     *           "disciplines": [
                     *             "physiotherapy"
                     *           ],
                     *           "form": "team_training",
                     *           "transport_needed": false,
                     *           "reasons": "Eksempel",
                     *           "findings": [
                     *             {
                     *               "rule": "Eksempel",
                     *               "outcome": "met",
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "facts": {}
                     *             }
                     *           ],
                     *           "after_complaint": false,
                     *           "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b"
                     *         }
                     *       ],
                     *       "complaints": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "decision_id": "9188603a-d3db-526b-84c2-8db605254674",
                     *           "received_on": "2027-01-11",
                     *           "window_ends": "2027-01-11",
                     *           "late": false,
                     *           "reassessment_due": "2027-01-11",
                     *           "summary": "Genoptræning efter total hoftealloplastik.",
                     *           "outcome": "upheld",
                     *           "reassessed_on": "2027-01-11",
                     *           "reassessment_note": "Eksempel",
                     *           "forwarded_on": "2027-01-11",
                     *           "bundle_letter_id": "0b1b016c-f540-5afb-a2bf-950866325c4b"
                     *         }
                     *       ],
                     *       "course": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       },
                     *       "free_choice": {
                     *         "free_choice_date": "2027-01-11",
                     *         "offered_on": "2027-01-11",
                     *         "first_start_offered": "2027-01-11",
                     *         "start_within_limit": true,
                     *         "free_choice_offered": false,
                     *         "citizen_choice": "municipal",
                     *         "kl_status_reason": "Eksempel",
                     *         "kl_status_reason_name": "Eksempel"
                     *       },
                     *       "letters": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "kind": "Eksempel",
                     *           "template_version": 1,
                     *           "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *           "created_at": "2027-01-11T09:30:00+01:00",
                     *           "created_by": "Eksempel"
                     *         }
                     *       ],
                     *       "kl_status_reasons": [
                     *         "Eksempel"
                     *       ],
                     *       "kl_status_reason_names": [
                     *         "Eksempel"
                     *       ],
                     *       "open": true,
                     *       "can_record_decision_receipt": true,
                     *       "can_record_free_choice": false
                     *     }
                     */
                    "application/json": components["schemas"]["CaseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is not allowed in the case's current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "The event is not allowed in the case's current state"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "cases-correct_event": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "event_id": "1682b852-c2a7-5c59-a46f-4297a25ea00a",
                 *       "note": "Aftalt med borgeren i telefonen."
                 *     }
                 */
                "application/json": components["schemas"]["CorrectionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "legal_basis": "SUL_140",
                     *       "legal_basis_names": {
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       },
                     *       "need_test": "rehabilitation",
                     *       "quarantine_applies": false,
                     *       "site": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "received_at": "2027-01-11T09:30:00+01:00",
                     *       "received_date": "2027-01-11",
                     *       "condition": "Eksempel",
                     *       "status": "received",
                     *       "allowed_events": [
                     *         "invite"
                     *       ],
                     *       "events": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "event": "invite",
                     *           "occurred_on": "2027-01-11",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "corrects": "a775b4fb-81a5-5e6c-97c7-4476b5e2c056",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "undone_by": "593f564c-3a6f-5851-b96d-d85dd8fd9b2a"
                     *         }
                     *       ],
                     *       "correctable_event_id": "a5ceb1ee-71d0-5fc3-8468-2eaff298dc36",
                     *       "flags": [
                     *         "Eksempel"
                     *       ],
                     *       "rehab_plan": {
                     *         "hospital": "Hvidovre Hospital",
                     *         "department": "Ortopædkirurgisk afdeling",
                     *         "plan_type": "almen_basal",
                     *         "kl_codes": [
                     *           "Eksempel"
                     *         ],
                     *         "discharge_date": "2027-01-11",
                     *         "health_start_date": "2027-01-11",
                     *         "free_choice_date": "2027-01-11",
                     *         "kl_code_names": [
                     *           "Eksempel"
                     *         ]
                     *       },
                     *       "application": {
                     *         "channel": "web_form",
                     *         "submitter": "citizen"
                     *       },
                     *       "deadlines": [
                     *         {
                     *           "kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "met_on": "2027-01-11"
                     *         }
                     *       ],
                     *       "invitation": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "meeting_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *         "therapist_name": "Mette Holm",
                     *         "sent_on": "2027-01-11",
                     *         "channel": "letter",
                     *         "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b",
                     *         "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *       },
                     *       "assessment": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "assessed_on": "2027-01-11",
                     *         "findings": [
                     *           {
                     *             "rule": "Eksempel",
                     *             "outcome": "met",
                     *             "text": "Går med rollator indendørs; målet er at gå uden.",
                     *             "facts": {}
                     *           }
                     *         ],
                     *         "eligible": true,
                     *         "override_reason": "Eksempel"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "outcome": "grant",
                     *           "sent_on": "2027-01-11",
                     *           "channel": "letter",
                     *           "received_on": "2027-01-11",
                     *           "complaint_window_ends": "2027-01-11",
                     *           "disciplines": [
                     *             "physiotherapy"
                     *           ],
                     *           "form": "team_training",
                     *           "transport_needed": false,
                     *           "reasons": "Eksempel",
                     *           "findings": [
                     *             {
                     *               "rule": "Eksempel",
                     *               "outcome": "met",
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "facts": {}
                     *             }
                     *           ],
                     *           "after_complaint": false,
                     *           "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b"
                     *         }
                     *       ],
                     *       "complaints": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "decision_id": "9188603a-d3db-526b-84c2-8db605254674",
                     *           "received_on": "2027-01-11",
                     *           "window_ends": "2027-01-11",
                     *           "late": false,
                     *           "reassessment_due": "2027-01-11",
                     *           "summary": "Genoptræning efter total hoftealloplastik.",
                     *           "outcome": "upheld",
                     *           "reassessed_on": "2027-01-11",
                     *           "reassessment_note": "Eksempel",
                     *           "forwarded_on": "2027-01-11",
                     *           "bundle_letter_id": "0b1b016c-f540-5afb-a2bf-950866325c4b"
                     *         }
                     *       ],
                     *       "course": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       },
                     *       "free_choice": {
                     *         "free_choice_date": "2027-01-11",
                     *         "offered_on": "2027-01-11",
                     *         "first_start_offered": "2027-01-11",
                     *         "start_within_limit": true,
                     *         "free_choice_offered": false,
                     *         "citizen_choice": "municipal",
                     *         "kl_status_reason": "Eksempel",
                     *         "kl_status_reason_name": "Eksempel"
                     *       },
                     *       "letters": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "kind": "Eksempel",
                     *           "template_version": 1,
                     *           "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *           "created_at": "2027-01-11T09:30:00+01:00",
                     *           "created_by": "Eksempel"
                     *         }
                     *       ],
                     *       "kl_status_reasons": [
                     *         "Eksempel"
                     *       ],
                     *       "kl_status_reason_names": [
                     *         "Eksempel"
                     *       ],
                     *       "open": true,
                     *       "can_record_decision_receipt": true,
                     *       "can_record_free_choice": false
                     *     }
                     */
                    "application/json": components["schemas"]["CaseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only the newest event can be corrected */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "Only the newest event can be corrected"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "cases-assign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "user_id": "e913471e-a044-50ad-9eca-59012b7b85e1"
                 *     }
                 */
                "application/json": components["schemas"]["AssignmentIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *       "assignee": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "display_name": "Mette Holm"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AssignmentOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "visitation-invite": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "meeting_at": "2027-01-11T09:30:00+01:00",
                 *       "place": "site",
                 *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                 *       "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                 *       "sent_on": "2027-01-11",
                 *       "channel": "letter",
                 *       "note": "Aftalt med borgeren i telefonen.",
                 *       "outside_hours_reason": "Eksempel"
                 *     }
                 */
                "application/json": components["schemas"]["InvitationIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "legal_basis": "SUL_140",
                     *       "legal_basis_names": {
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       },
                     *       "need_test": "rehabilitation",
                     *       "quarantine_applies": false,
                     *       "site": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "received_at": "2027-01-11T09:30:00+01:00",
                     *       "received_date": "2027-01-11",
                     *       "condition": "Eksempel",
                     *       "status": "received",
                     *       "allowed_events": [
                     *         "invite"
                     *       ],
                     *       "events": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "event": "invite",
                     *           "occurred_on": "2027-01-11",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "corrects": "a775b4fb-81a5-5e6c-97c7-4476b5e2c056",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "undone_by": "593f564c-3a6f-5851-b96d-d85dd8fd9b2a"
                     *         }
                     *       ],
                     *       "correctable_event_id": "a5ceb1ee-71d0-5fc3-8468-2eaff298dc36",
                     *       "flags": [
                     *         "Eksempel"
                     *       ],
                     *       "rehab_plan": {
                     *         "hospital": "Hvidovre Hospital",
                     *         "department": "Ortopædkirurgisk afdeling",
                     *         "plan_type": "almen_basal",
                     *         "kl_codes": [
                     *           "Eksempel"
                     *         ],
                     *         "discharge_date": "2027-01-11",
                     *         "health_start_date": "2027-01-11",
                     *         "free_choice_date": "2027-01-11",
                     *         "kl_code_names": [
                     *           "Eksempel"
                     *         ]
                     *       },
                     *       "application": {
                     *         "channel": "web_form",
                     *         "submitter": "citizen"
                     *       },
                     *       "deadlines": [
                     *         {
                     *           "kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "met_on": "2027-01-11"
                     *         }
                     *       ],
                     *       "invitation": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "meeting_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *         "therapist_name": "Mette Holm",
                     *         "sent_on": "2027-01-11",
                     *         "channel": "letter",
                     *         "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b",
                     *         "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *       },
                     *       "assessment": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "assessed_on": "2027-01-11",
                     *         "findings": [
                     *           {
                     *             "rule": "Eksempel",
                     *             "outcome": "met",
                     *             "text": "Går med rollator indendørs; målet er at gå uden.",
                     *             "facts": {}
                     *           }
                     *         ],
                     *         "eligible": true,
                     *         "override_reason": "Eksempel"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "outcome": "grant",
                     *           "sent_on": "2027-01-11",
                     *           "channel": "letter",
                     *           "received_on": "2027-01-11",
                     *           "complaint_window_ends": "2027-01-11",
                     *           "disciplines": [
                     *             "physiotherapy"
                     *           ],
                     *           "form": "team_training",
                     *           "transport_needed": false,
                     *           "reasons": "Eksempel",
                     *           "findings": [
                     *             {
                     *               "rule": "Eksempel",
                     *               "outcome": "met",
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "facts": {}
                     *             }
                     *           ],
                     *           "after_complaint": false,
                     *           "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b"
                     *         }
                     *       ],
                     *       "complaints": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "decision_id": "9188603a-d3db-526b-84c2-8db605254674",
                     *           "received_on": "2027-01-11",
                     *           "window_ends": "2027-01-11",
                     *           "late": false,
                     *           "reassessment_due": "2027-01-11",
                     *           "summary": "Genoptræning efter total hoftealloplastik.",
                     *           "outcome": "upheld",
                     *           "reassessed_on": "2027-01-11",
                     *           "reassessment_note": "Eksempel",
                     *           "forwarded_on": "2027-01-11",
                     *           "bundle_letter_id": "0b1b016c-f540-5afb-a2bf-950866325c4b"
                     *         }
                     *       ],
                     *       "course": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       },
                     *       "free_choice": {
                     *         "free_choice_date": "2027-01-11",
                     *         "offered_on": "2027-01-11",
                     *         "first_start_offered": "2027-01-11",
                     *         "start_within_limit": true,
                     *         "free_choice_offered": false,
                     *         "citizen_choice": "municipal",
                     *         "kl_status_reason": "Eksempel",
                     *         "kl_status_reason_name": "Eksempel"
                     *       },
                     *       "letters": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "kind": "Eksempel",
                     *           "template_version": 1,
                     *           "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *           "created_at": "2027-01-11T09:30:00+01:00",
                     *           "created_by": "Eksempel"
                     *         }
                     *       ],
                     *       "kl_status_reasons": [
                     *         "Eksempel"
                     *       ],
                     *       "kl_status_reason_names": [
                     *         "Eksempel"
                     *       ],
                     *       "open": true,
                     *       "can_record_decision_receipt": true,
                     *       "can_record_free_choice": false
                     *     }
                     */
                    "application/json": components["schemas"]["CaseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The step is not allowed in the case's current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "The step is not allowed in the case's current state"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "visitation-preview_invitation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "meeting_at": "2027-01-11T09:30:00+01:00",
                 *       "place": "site",
                 *       "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                 *       "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                 *       "sent_on": "2027-01-11",
                 *       "channel": "letter",
                 *       "note": "Aftalt med borgeren i telefonen.",
                 *       "outside_hours_reason": "Eksempel"
                 *     }
                 */
                "application/json": components["schemas"]["InvitationIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "html": "Eksempel"
                     *     }
                     */
                    "application/json": components["schemas"]["LetterPreview"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "visitation-assess": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "assessed_on": "2027-01-11",
                 *       "therapy_elsewhere_same_condition": false,
                 *       "trains_elsewhere": false,
                 *       "loss_without_hospital_contact": false,
                 *       "cannot_regain_by_own_effort": false,
                 *       "has_physical_psychological_or_social_problems": false,
                 *       "cannot_keep_up_alone": false,
                 *       "no_other_training_suffices": false,
                 *       "quarantine_override": {
                 *         "reason": "Borgeren bad selv om det."
                 *       },
                 *       "note": "Aftalt med borgeren i telefonen."
                 *     }
                 */
                "application/json": components["schemas"]["AssessmentIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "legal_basis": "SUL_140",
                     *       "legal_basis_names": {
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       },
                     *       "need_test": "rehabilitation",
                     *       "quarantine_applies": false,
                     *       "site": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "received_at": "2027-01-11T09:30:00+01:00",
                     *       "received_date": "2027-01-11",
                     *       "condition": "Eksempel",
                     *       "status": "received",
                     *       "allowed_events": [
                     *         "invite"
                     *       ],
                     *       "events": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "event": "invite",
                     *           "occurred_on": "2027-01-11",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "corrects": "a775b4fb-81a5-5e6c-97c7-4476b5e2c056",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "undone_by": "593f564c-3a6f-5851-b96d-d85dd8fd9b2a"
                     *         }
                     *       ],
                     *       "correctable_event_id": "a5ceb1ee-71d0-5fc3-8468-2eaff298dc36",
                     *       "flags": [
                     *         "Eksempel"
                     *       ],
                     *       "rehab_plan": {
                     *         "hospital": "Hvidovre Hospital",
                     *         "department": "Ortopædkirurgisk afdeling",
                     *         "plan_type": "almen_basal",
                     *         "kl_codes": [
                     *           "Eksempel"
                     *         ],
                     *         "discharge_date": "2027-01-11",
                     *         "health_start_date": "2027-01-11",
                     *         "free_choice_date": "2027-01-11",
                     *         "kl_code_names": [
                     *           "Eksempel"
                     *         ]
                     *       },
                     *       "application": {
                     *         "channel": "web_form",
                     *         "submitter": "citizen"
                     *       },
                     *       "deadlines": [
                     *         {
                     *           "kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "met_on": "2027-01-11"
                     *         }
                     *       ],
                     *       "invitation": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "meeting_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *         "therapist_name": "Mette Holm",
                     *         "sent_on": "2027-01-11",
                     *         "channel": "letter",
                     *         "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b",
                     *         "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *       },
                     *       "assessment": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "assessed_on": "2027-01-11",
                     *         "findings": [
                     *           {
                     *             "rule": "Eksempel",
                     *             "outcome": "met",
                     *             "text": "Går med rollator indendørs; målet er at gå uden.",
                     *             "facts": {}
                     *           }
                     *         ],
                     *         "eligible": true,
                     *         "override_reason": "Eksempel"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "outcome": "grant",
                     *           "sent_on": "2027-01-11",
                     *           "channel": "letter",
                     *           "received_on": "2027-01-11",
                     *           "complaint_window_ends": "2027-01-11",
                     *           "disciplines": [
                     *             "physiotherapy"
                     *           ],
                     *           "form": "team_training",
                     *           "transport_needed": false,
                     *           "reasons": "Eksempel",
                     *           "findings": [
                     *             {
                     *               "rule": "Eksempel",
                     *               "outcome": "met",
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "facts": {}
                     *             }
                     *           ],
                     *           "after_complaint": false,
                     *           "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b"
                     *         }
                     *       ],
                     *       "complaints": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "decision_id": "9188603a-d3db-526b-84c2-8db605254674",
                     *           "received_on": "2027-01-11",
                     *           "window_ends": "2027-01-11",
                     *           "late": false,
                     *           "reassessment_due": "2027-01-11",
                     *           "summary": "Genoptræning efter total hoftealloplastik.",
                     *           "outcome": "upheld",
                     *           "reassessed_on": "2027-01-11",
                     *           "reassessment_note": "Eksempel",
                     *           "forwarded_on": "2027-01-11",
                     *           "bundle_letter_id": "0b1b016c-f540-5afb-a2bf-950866325c4b"
                     *         }
                     *       ],
                     *       "course": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       },
                     *       "free_choice": {
                     *         "free_choice_date": "2027-01-11",
                     *         "offered_on": "2027-01-11",
                     *         "first_start_offered": "2027-01-11",
                     *         "start_within_limit": true,
                     *         "free_choice_offered": false,
                     *         "citizen_choice": "municipal",
                     *         "kl_status_reason": "Eksempel",
                     *         "kl_status_reason_name": "Eksempel"
                     *       },
                     *       "letters": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "kind": "Eksempel",
                     *           "template_version": 1,
                     *           "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *           "created_at": "2027-01-11T09:30:00+01:00",
                     *           "created_by": "Eksempel"
                     *         }
                     *       ],
                     *       "kl_status_reasons": [
                     *         "Eksempel"
                     *       ],
                     *       "kl_status_reason_names": [
                     *         "Eksempel"
                     *       ],
                     *       "open": true,
                     *       "can_record_decision_receipt": true,
                     *       "can_record_free_choice": false
                     *     }
                     */
                    "application/json": components["schemas"]["CaseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The step is not allowed in the case's current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "The step is not allowed in the case's current state"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "visitation-decide": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "grant",
                 *       "sent_on": "2027-01-11",
                 *       "channel": "letter",
                 *       "received_on": "2027-01-11",
                 *       "disciplines": [
                 *         "physiotherapy"
                 *       ],
                 *       "form": "team_training",
                 *       "transport_needed": false,
                 *       "course_start": "2027-01-11",
                 *       "reasons": "Eksempel"
                 *     }
                 */
                "application/json": components["schemas"]["GrantIn"] | components["schemas"]["RefusalIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "legal_basis": "SUL_140",
                     *       "legal_basis_names": {
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       },
                     *       "need_test": "rehabilitation",
                     *       "quarantine_applies": false,
                     *       "site": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "received_at": "2027-01-11T09:30:00+01:00",
                     *       "received_date": "2027-01-11",
                     *       "condition": "Eksempel",
                     *       "status": "received",
                     *       "allowed_events": [
                     *         "invite"
                     *       ],
                     *       "events": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "event": "invite",
                     *           "occurred_on": "2027-01-11",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "corrects": "a775b4fb-81a5-5e6c-97c7-4476b5e2c056",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "undone_by": "593f564c-3a6f-5851-b96d-d85dd8fd9b2a"
                     *         }
                     *       ],
                     *       "correctable_event_id": "a5ceb1ee-71d0-5fc3-8468-2eaff298dc36",
                     *       "flags": [
                     *         "Eksempel"
                     *       ],
                     *       "rehab_plan": {
                     *         "hospital": "Hvidovre Hospital",
                     *         "department": "Ortopædkirurgisk afdeling",
                     *         "plan_type": "almen_basal",
                     *         "kl_codes": [
                     *           "Eksempel"
                     *         ],
                     *         "discharge_date": "2027-01-11",
                     *         "health_start_date": "2027-01-11",
                     *         "free_choice_date": "2027-01-11",
                     *         "kl_code_names": [
                     *           "Eksempel"
                     *         ]
                     *       },
                     *       "application": {
                     *         "channel": "web_form",
                     *         "submitter": "citizen"
                     *       },
                     *       "deadlines": [
                     *         {
                     *           "kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "met_on": "2027-01-11"
                     *         }
                     *       ],
                     *       "invitation": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "meeting_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *         "therapist_name": "Mette Holm",
                     *         "sent_on": "2027-01-11",
                     *         "channel": "letter",
                     *         "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b",
                     *         "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *       },
                     *       "assessment": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "assessed_on": "2027-01-11",
                     *         "findings": [
                     *           {
                     *             "rule": "Eksempel",
                     *             "outcome": "met",
                     *             "text": "Går med rollator indendørs; målet er at gå uden.",
                     *             "facts": {}
                     *           }
                     *         ],
                     *         "eligible": true,
                     *         "override_reason": "Eksempel"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "outcome": "grant",
                     *           "sent_on": "2027-01-11",
                     *           "channel": "letter",
                     *           "received_on": "2027-01-11",
                     *           "complaint_window_ends": "2027-01-11",
                     *           "disciplines": [
                     *             "physiotherapy"
                     *           ],
                     *           "form": "team_training",
                     *           "transport_needed": false,
                     *           "reasons": "Eksempel",
                     *           "findings": [
                     *             {
                     *               "rule": "Eksempel",
                     *               "outcome": "met",
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "facts": {}
                     *             }
                     *           ],
                     *           "after_complaint": false,
                     *           "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b"
                     *         }
                     *       ],
                     *       "complaints": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "decision_id": "9188603a-d3db-526b-84c2-8db605254674",
                     *           "received_on": "2027-01-11",
                     *           "window_ends": "2027-01-11",
                     *           "late": false,
                     *           "reassessment_due": "2027-01-11",
                     *           "summary": "Genoptræning efter total hoftealloplastik.",
                     *           "outcome": "upheld",
                     *           "reassessed_on": "2027-01-11",
                     *           "reassessment_note": "Eksempel",
                     *           "forwarded_on": "2027-01-11",
                     *           "bundle_letter_id": "0b1b016c-f540-5afb-a2bf-950866325c4b"
                     *         }
                     *       ],
                     *       "course": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       },
                     *       "free_choice": {
                     *         "free_choice_date": "2027-01-11",
                     *         "offered_on": "2027-01-11",
                     *         "first_start_offered": "2027-01-11",
                     *         "start_within_limit": true,
                     *         "free_choice_offered": false,
                     *         "citizen_choice": "municipal",
                     *         "kl_status_reason": "Eksempel",
                     *         "kl_status_reason_name": "Eksempel"
                     *       },
                     *       "letters": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "kind": "Eksempel",
                     *           "template_version": 1,
                     *           "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *           "created_at": "2027-01-11T09:30:00+01:00",
                     *           "created_by": "Eksempel"
                     *         }
                     *       ],
                     *       "kl_status_reasons": [
                     *         "Eksempel"
                     *       ],
                     *       "kl_status_reason_names": [
                     *         "Eksempel"
                     *       ],
                     *       "open": true,
                     *       "can_record_decision_receipt": true,
                     *       "can_record_free_choice": false
                     *     }
                     */
                    "application/json": components["schemas"]["CaseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The step is not allowed in the case's current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "The step is not allowed in the case's current state"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "visitation-preview_decision": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "outcome": "grant",
                 *       "sent_on": "2027-01-11",
                 *       "channel": "letter",
                 *       "received_on": "2027-01-11",
                 *       "disciplines": [
                 *         "physiotherapy"
                 *       ],
                 *       "form": "team_training",
                 *       "transport_needed": false,
                 *       "course_start": "2027-01-11",
                 *       "reasons": "Eksempel"
                 *     }
                 */
                "application/json": components["schemas"]["GrantIn"] | components["schemas"]["RefusalIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "html": "Eksempel"
                     *     }
                     */
                    "application/json": components["schemas"]["LetterPreview"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "visitation-record_decision_receipt": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "received_on": "2027-01-11"
                 *     }
                 */
                "application/json": components["schemas"]["DecisionReceiptIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "legal_basis": "SUL_140",
                     *       "legal_basis_names": {
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       },
                     *       "need_test": "rehabilitation",
                     *       "quarantine_applies": false,
                     *       "site": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "received_at": "2027-01-11T09:30:00+01:00",
                     *       "received_date": "2027-01-11",
                     *       "condition": "Eksempel",
                     *       "status": "received",
                     *       "allowed_events": [
                     *         "invite"
                     *       ],
                     *       "events": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "event": "invite",
                     *           "occurred_on": "2027-01-11",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "corrects": "a775b4fb-81a5-5e6c-97c7-4476b5e2c056",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "undone_by": "593f564c-3a6f-5851-b96d-d85dd8fd9b2a"
                     *         }
                     *       ],
                     *       "correctable_event_id": "a5ceb1ee-71d0-5fc3-8468-2eaff298dc36",
                     *       "flags": [
                     *         "Eksempel"
                     *       ],
                     *       "rehab_plan": {
                     *         "hospital": "Hvidovre Hospital",
                     *         "department": "Ortopædkirurgisk afdeling",
                     *         "plan_type": "almen_basal",
                     *         "kl_codes": [
                     *           "Eksempel"
                     *         ],
                     *         "discharge_date": "2027-01-11",
                     *         "health_start_date": "2027-01-11",
                     *         "free_choice_date": "2027-01-11",
                     *         "kl_code_names": [
                     *           "Eksempel"
                     *         ]
                     *       },
                     *       "application": {
                     *         "channel": "web_form",
                     *         "submitter": "citizen"
                     *       },
                     *       "deadlines": [
                     *         {
                     *           "kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "met_on": "2027-01-11"
                     *         }
                     *       ],
                     *       "invitation": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "meeting_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *         "therapist_name": "Mette Holm",
                     *         "sent_on": "2027-01-11",
                     *         "channel": "letter",
                     *         "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b",
                     *         "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *       },
                     *       "assessment": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "assessed_on": "2027-01-11",
                     *         "findings": [
                     *           {
                     *             "rule": "Eksempel",
                     *             "outcome": "met",
                     *             "text": "Går med rollator indendørs; målet er at gå uden.",
                     *             "facts": {}
                     *           }
                     *         ],
                     *         "eligible": true,
                     *         "override_reason": "Eksempel"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "outcome": "grant",
                     *           "sent_on": "2027-01-11",
                     *           "channel": "letter",
                     *           "received_on": "2027-01-11",
                     *           "complaint_window_ends": "2027-01-11",
                     *           "disciplines": [
                     *             "physiotherapy"
                     *           ],
                     *           "form": "team_training",
                     *           "transport_needed": false,
                     *           "reasons": "Eksempel",
                     *           "findings": [
                     *             {
                     *               "rule": "Eksempel",
                     *               "outcome": "met",
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "facts": {}
                     *             }
                     *           ],
                     *           "after_complaint": false,
                     *           "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b"
                     *         }
                     *       ],
                     *       "complaints": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "decision_id": "9188603a-d3db-526b-84c2-8db605254674",
                     *           "received_on": "2027-01-11",
                     *           "window_ends": "2027-01-11",
                     *           "late": false,
                     *           "reassessment_due": "2027-01-11",
                     *           "summary": "Genoptræning efter total hoftealloplastik.",
                     *           "outcome": "upheld",
                     *           "reassessed_on": "2027-01-11",
                     *           "reassessment_note": "Eksempel",
                     *           "forwarded_on": "2027-01-11",
                     *           "bundle_letter_id": "0b1b016c-f540-5afb-a2bf-950866325c4b"
                     *         }
                     *       ],
                     *       "course": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       },
                     *       "free_choice": {
                     *         "free_choice_date": "2027-01-11",
                     *         "offered_on": "2027-01-11",
                     *         "first_start_offered": "2027-01-11",
                     *         "start_within_limit": true,
                     *         "free_choice_offered": false,
                     *         "citizen_choice": "municipal",
                     *         "kl_status_reason": "Eksempel",
                     *         "kl_status_reason_name": "Eksempel"
                     *       },
                     *       "letters": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "kind": "Eksempel",
                     *           "template_version": 1,
                     *           "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *           "created_at": "2027-01-11T09:30:00+01:00",
                     *           "created_by": "Eksempel"
                     *         }
                     *       ],
                     *       "kl_status_reasons": [
                     *         "Eksempel"
                     *       ],
                     *       "kl_status_reason_names": [
                     *         "Eksempel"
                     *       ],
                     *       "open": true,
                     *       "can_record_decision_receipt": true,
                     *       "can_record_free_choice": false
                     *     }
                     */
                    "application/json": components["schemas"]["CaseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case has no decision */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "The case has no decision"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "visitation-start_training": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "started_on": "2027-01-11",
                 *       "form": "team_training",
                 *       "disciplines": [
                 *         "physiotherapy"
                 *       ],
                 *       "transport_needed": false,
                 *       "active_course": "continue",
                 *       "early_start_reason": "Eksempel"
                 *     }
                 */
                "application/json": components["schemas"]["TrainingStartIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "legal_basis": "SUL_140",
                     *       "legal_basis_names": {
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       },
                     *       "need_test": "rehabilitation",
                     *       "quarantine_applies": false,
                     *       "site": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "received_at": "2027-01-11T09:30:00+01:00",
                     *       "received_date": "2027-01-11",
                     *       "condition": "Eksempel",
                     *       "status": "received",
                     *       "allowed_events": [
                     *         "invite"
                     *       ],
                     *       "events": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "event": "invite",
                     *           "occurred_on": "2027-01-11",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "corrects": "a775b4fb-81a5-5e6c-97c7-4476b5e2c056",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "undone_by": "593f564c-3a6f-5851-b96d-d85dd8fd9b2a"
                     *         }
                     *       ],
                     *       "correctable_event_id": "a5ceb1ee-71d0-5fc3-8468-2eaff298dc36",
                     *       "flags": [
                     *         "Eksempel"
                     *       ],
                     *       "rehab_plan": {
                     *         "hospital": "Hvidovre Hospital",
                     *         "department": "Ortopædkirurgisk afdeling",
                     *         "plan_type": "almen_basal",
                     *         "kl_codes": [
                     *           "Eksempel"
                     *         ],
                     *         "discharge_date": "2027-01-11",
                     *         "health_start_date": "2027-01-11",
                     *         "free_choice_date": "2027-01-11",
                     *         "kl_code_names": [
                     *           "Eksempel"
                     *         ]
                     *       },
                     *       "application": {
                     *         "channel": "web_form",
                     *         "submitter": "citizen"
                     *       },
                     *       "deadlines": [
                     *         {
                     *           "kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "met_on": "2027-01-11"
                     *         }
                     *       ],
                     *       "invitation": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "meeting_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *         "therapist_name": "Mette Holm",
                     *         "sent_on": "2027-01-11",
                     *         "channel": "letter",
                     *         "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b",
                     *         "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *       },
                     *       "assessment": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "assessed_on": "2027-01-11",
                     *         "findings": [
                     *           {
                     *             "rule": "Eksempel",
                     *             "outcome": "met",
                     *             "text": "Går med rollator indendørs; målet er at gå uden.",
                     *             "facts": {}
                     *           }
                     *         ],
                     *         "eligible": true,
                     *         "override_reason": "Eksempel"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "outcome": "grant",
                     *           "sent_on": "2027-01-11",
                     *           "channel": "letter",
                     *           "received_on": "2027-01-11",
                     *           "complaint_window_ends": "2027-01-11",
                     *           "disciplines": [
                     *             "physiotherapy"
                     *           ],
                     *           "form": "team_training",
                     *           "transport_needed": false,
                     *           "reasons": "Eksempel",
                     *           "findings": [
                     *             {
                     *               "rule": "Eksempel",
                     *               "outcome": "met",
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "facts": {}
                     *             }
                     *           ],
                     *           "after_complaint": false,
                     *           "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b"
                     *         }
                     *       ],
                     *       "complaints": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "decision_id": "9188603a-d3db-526b-84c2-8db605254674",
                     *           "received_on": "2027-01-11",
                     *           "window_ends": "2027-01-11",
                     *           "late": false,
                     *           "reassessment_due": "2027-01-11",
                     *           "summary": "Genoptræning efter total hoftealloplastik.",
                     *           "outcome": "upheld",
                     *           "reassessed_on": "2027-01-11",
                     *           "reassessment_note": "Eksempel",
                     *           "forwarded_on": "2027-01-11",
                     *           "bundle_letter_id": "0b1b016c-f540-5afb-a2bf-950866325c4b"
                     *         }
                     *       ],
                     *       "course": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       },
                     *       "free_choice": {
                     *         "free_choice_date": "2027-01-11",
                     *         "offered_on": "2027-01-11",
                     *         "first_start_offered": "2027-01-11",
                     *         "start_within_limit": true,
                     *         "free_choice_offered": false,
                     *         "citizen_choice": "municipal",
                     *         "kl_status_reason": "Eksempel",
                     *         "kl_status_reason_name": "Eksempel"
                     *       },
                     *       "letters": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "kind": "Eksempel",
                     *           "template_version": 1,
                     *           "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *           "created_at": "2027-01-11T09:30:00+01:00",
                     *           "created_by": "Eksempel"
                     *         }
                     *       ],
                     *       "kl_status_reasons": [
                     *         "Eksempel"
                     *       ],
                     *       "kl_status_reason_names": [
                     *         "Eksempel"
                     *       ],
                     *       "open": true,
                     *       "can_record_decision_receipt": true,
                     *       "can_record_free_choice": false
                     *     }
                     */
                    "application/json": components["schemas"]["CaseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The step is not allowed in the case's current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "The step is not allowed in the case's current state"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "visitation-record_free_choice": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "offered_on": "2027-01-11",
                 *       "first_start_offered": "2027-01-11",
                 *       "free_choice_offered": false,
                 *       "citizen_choice": "municipal"
                 *     }
                 */
                "application/json": components["schemas"]["FreeChoiceIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "legal_basis": "SUL_140",
                     *       "legal_basis_names": {
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       },
                     *       "need_test": "rehabilitation",
                     *       "quarantine_applies": false,
                     *       "site": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "received_at": "2027-01-11T09:30:00+01:00",
                     *       "received_date": "2027-01-11",
                     *       "condition": "Eksempel",
                     *       "status": "received",
                     *       "allowed_events": [
                     *         "invite"
                     *       ],
                     *       "events": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "event": "invite",
                     *           "occurred_on": "2027-01-11",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "corrects": "a775b4fb-81a5-5e6c-97c7-4476b5e2c056",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "undone_by": "593f564c-3a6f-5851-b96d-d85dd8fd9b2a"
                     *         }
                     *       ],
                     *       "correctable_event_id": "a5ceb1ee-71d0-5fc3-8468-2eaff298dc36",
                     *       "flags": [
                     *         "Eksempel"
                     *       ],
                     *       "rehab_plan": {
                     *         "hospital": "Hvidovre Hospital",
                     *         "department": "Ortopædkirurgisk afdeling",
                     *         "plan_type": "almen_basal",
                     *         "kl_codes": [
                     *           "Eksempel"
                     *         ],
                     *         "discharge_date": "2027-01-11",
                     *         "health_start_date": "2027-01-11",
                     *         "free_choice_date": "2027-01-11",
                     *         "kl_code_names": [
                     *           "Eksempel"
                     *         ]
                     *       },
                     *       "application": {
                     *         "channel": "web_form",
                     *         "submitter": "citizen"
                     *       },
                     *       "deadlines": [
                     *         {
                     *           "kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "met_on": "2027-01-11"
                     *         }
                     *       ],
                     *       "invitation": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "meeting_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *         "therapist_name": "Mette Holm",
                     *         "sent_on": "2027-01-11",
                     *         "channel": "letter",
                     *         "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b",
                     *         "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *       },
                     *       "assessment": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "assessed_on": "2027-01-11",
                     *         "findings": [
                     *           {
                     *             "rule": "Eksempel",
                     *             "outcome": "met",
                     *             "text": "Går med rollator indendørs; målet er at gå uden.",
                     *             "facts": {}
                     *           }
                     *         ],
                     *         "eligible": true,
                     *         "override_reason": "Eksempel"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "outcome": "grant",
                     *           "sent_on": "2027-01-11",
                     *           "channel": "letter",
                     *           "received_on": "2027-01-11",
                     *           "complaint_window_ends": "2027-01-11",
                     *           "disciplines": [
                     *             "physiotherapy"
                     *           ],
                     *           "form": "team_training",
                     *           "transport_needed": false,
                     *           "reasons": "Eksempel",
                     *           "findings": [
                     *             {
                     *               "rule": "Eksempel",
                     *               "outcome": "met",
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "facts": {}
                     *             }
                     *           ],
                     *           "after_complaint": false,
                     *           "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b"
                     *         }
                     *       ],
                     *       "complaints": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "decision_id": "9188603a-d3db-526b-84c2-8db605254674",
                     *           "received_on": "2027-01-11",
                     *           "window_ends": "2027-01-11",
                     *           "late": false,
                     *           "reassessment_due": "2027-01-11",
                     *           "summary": "Genoptræning efter total hoftealloplastik.",
                     *           "outcome": "upheld",
                     *           "reassessed_on": "2027-01-11",
                     *           "reassessment_note": "Eksempel",
                     *           "forwarded_on": "2027-01-11",
                     *           "bundle_letter_id": "0b1b016c-f540-5afb-a2bf-950866325c4b"
                     *         }
                     *       ],
                     *       "course": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       },
                     *       "free_choice": {
                     *         "free_choice_date": "2027-01-11",
                     *         "offered_on": "2027-01-11",
                     *         "first_start_offered": "2027-01-11",
                     *         "start_within_limit": true,
                     *         "free_choice_offered": false,
                     *         "citizen_choice": "municipal",
                     *         "kl_status_reason": "Eksempel",
                     *         "kl_status_reason_name": "Eksempel"
                     *       },
                     *       "letters": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "kind": "Eksempel",
                     *           "template_version": 1,
                     *           "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *           "created_at": "2027-01-11T09:30:00+01:00",
                     *           "created_by": "Eksempel"
                     *         }
                     *       ],
                     *       "kl_status_reasons": [
                     *         "Eksempel"
                     *       ],
                     *       "kl_status_reason_names": [
                     *         "Eksempel"
                     *       ],
                     *       "open": true,
                     *       "can_record_decision_receipt": true,
                     *       "can_record_free_choice": false
                     *     }
                     */
                    "application/json": components["schemas"]["CaseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The step is not allowed in the case's current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "The step is not allowed in the case's current state"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "visitation-register_complaint": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "received_on": "2027-01-11",
                 *       "summary": "Genoptræning efter total hoftealloplastik."
                 *     }
                 */
                "application/json": components["schemas"]["ComplaintIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "legal_basis": "SUL_140",
                     *       "legal_basis_names": {
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       },
                     *       "need_test": "rehabilitation",
                     *       "quarantine_applies": false,
                     *       "site": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "received_at": "2027-01-11T09:30:00+01:00",
                     *       "received_date": "2027-01-11",
                     *       "condition": "Eksempel",
                     *       "status": "received",
                     *       "allowed_events": [
                     *         "invite"
                     *       ],
                     *       "events": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "event": "invite",
                     *           "occurred_on": "2027-01-11",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "corrects": "a775b4fb-81a5-5e6c-97c7-4476b5e2c056",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "undone_by": "593f564c-3a6f-5851-b96d-d85dd8fd9b2a"
                     *         }
                     *       ],
                     *       "correctable_event_id": "a5ceb1ee-71d0-5fc3-8468-2eaff298dc36",
                     *       "flags": [
                     *         "Eksempel"
                     *       ],
                     *       "rehab_plan": {
                     *         "hospital": "Hvidovre Hospital",
                     *         "department": "Ortopædkirurgisk afdeling",
                     *         "plan_type": "almen_basal",
                     *         "kl_codes": [
                     *           "Eksempel"
                     *         ],
                     *         "discharge_date": "2027-01-11",
                     *         "health_start_date": "2027-01-11",
                     *         "free_choice_date": "2027-01-11",
                     *         "kl_code_names": [
                     *           "Eksempel"
                     *         ]
                     *       },
                     *       "application": {
                     *         "channel": "web_form",
                     *         "submitter": "citizen"
                     *       },
                     *       "deadlines": [
                     *         {
                     *           "kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "met_on": "2027-01-11"
                     *         }
                     *       ],
                     *       "invitation": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "meeting_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *         "therapist_name": "Mette Holm",
                     *         "sent_on": "2027-01-11",
                     *         "channel": "letter",
                     *         "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b",
                     *         "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *       },
                     *       "assessment": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "assessed_on": "2027-01-11",
                     *         "findings": [
                     *           {
                     *             "rule": "Eksempel",
                     *             "outcome": "met",
                     *             "text": "Går med rollator indendørs; målet er at gå uden.",
                     *             "facts": {}
                     *           }
                     *         ],
                     *         "eligible": true,
                     *         "override_reason": "Eksempel"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "outcome": "grant",
                     *           "sent_on": "2027-01-11",
                     *           "channel": "letter",
                     *           "received_on": "2027-01-11",
                     *           "complaint_window_ends": "2027-01-11",
                     *           "disciplines": [
                     *             "physiotherapy"
                     *           ],
                     *           "form": "team_training",
                     *           "transport_needed": false,
                     *           "reasons": "Eksempel",
                     *           "findings": [
                     *             {
                     *               "rule": "Eksempel",
                     *               "outcome": "met",
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "facts": {}
                     *             }
                     *           ],
                     *           "after_complaint": false,
                     *           "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b"
                     *         }
                     *       ],
                     *       "complaints": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "decision_id": "9188603a-d3db-526b-84c2-8db605254674",
                     *           "received_on": "2027-01-11",
                     *           "window_ends": "2027-01-11",
                     *           "late": false,
                     *           "reassessment_due": "2027-01-11",
                     *           "summary": "Genoptræning efter total hoftealloplastik.",
                     *           "outcome": "upheld",
                     *           "reassessed_on": "2027-01-11",
                     *           "reassessment_note": "Eksempel",
                     *           "forwarded_on": "2027-01-11",
                     *           "bundle_letter_id": "0b1b016c-f540-5afb-a2bf-950866325c4b"
                     *         }
                     *       ],
                     *       "course": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       },
                     *       "free_choice": {
                     *         "free_choice_date": "2027-01-11",
                     *         "offered_on": "2027-01-11",
                     *         "first_start_offered": "2027-01-11",
                     *         "start_within_limit": true,
                     *         "free_choice_offered": false,
                     *         "citizen_choice": "municipal",
                     *         "kl_status_reason": "Eksempel",
                     *         "kl_status_reason_name": "Eksempel"
                     *       },
                     *       "letters": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "kind": "Eksempel",
                     *           "template_version": 1,
                     *           "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *           "created_at": "2027-01-11T09:30:00+01:00",
                     *           "created_by": "Eksempel"
                     *         }
                     *       ],
                     *       "kl_status_reasons": [
                     *         "Eksempel"
                     *       ],
                     *       "kl_status_reason_names": [
                     *         "Eksempel"
                     *       ],
                     *       "open": true,
                     *       "can_record_decision_receipt": true,
                     *       "can_record_free_choice": false
                     *     }
                     */
                    "application/json": components["schemas"]["CaseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The step is not allowed in the case's current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "The step is not allowed in the case's current state"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "visitation-uphold": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reassessed_on": "2027-01-11",
                 *       "sent_on": "2027-01-11",
                 *       "channel": "letter",
                 *       "note": "Aftalt med borgeren i telefonen."
                 *     }
                 */
                "application/json": components["schemas"]["ReassessmentIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "legal_basis": "SUL_140",
                     *       "legal_basis_names": {
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       },
                     *       "need_test": "rehabilitation",
                     *       "quarantine_applies": false,
                     *       "site": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "received_at": "2027-01-11T09:30:00+01:00",
                     *       "received_date": "2027-01-11",
                     *       "condition": "Eksempel",
                     *       "status": "received",
                     *       "allowed_events": [
                     *         "invite"
                     *       ],
                     *       "events": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "event": "invite",
                     *           "occurred_on": "2027-01-11",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "corrects": "a775b4fb-81a5-5e6c-97c7-4476b5e2c056",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "undone_by": "593f564c-3a6f-5851-b96d-d85dd8fd9b2a"
                     *         }
                     *       ],
                     *       "correctable_event_id": "a5ceb1ee-71d0-5fc3-8468-2eaff298dc36",
                     *       "flags": [
                     *         "Eksempel"
                     *       ],
                     *       "rehab_plan": {
                     *         "hospital": "Hvidovre Hospital",
                     *         "department": "Ortopædkirurgisk afdeling",
                     *         "plan_type": "almen_basal",
                     *         "kl_codes": [
                     *           "Eksempel"
                     *         ],
                     *         "discharge_date": "2027-01-11",
                     *         "health_start_date": "2027-01-11",
                     *         "free_choice_date": "2027-01-11",
                     *         "kl_code_names": [
                     *           "Eksempel"
                     *         ]
                     *       },
                     *       "application": {
                     *         "channel": "web_form",
                     *         "submitter": "citizen"
                     *       },
                     *       "deadlines": [
                     *         {
                     *           "kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "met_on": "2027-01-11"
                     *         }
                     *       ],
                     *       "invitation": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "meeting_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *         "therapist_name": "Mette Holm",
                     *         "sent_on": "2027-01-11",
                     *         "channel": "letter",
                     *         "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b",
                     *         "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *       },
                     *       "assessment": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "assessed_on": "2027-01-11",
                     *         "findings": [
                     *           {
                     *             "rule": "Eksempel",
                     *             "outcome": "met",
                     *             "text": "Går med rollator indendørs; målet er at gå uden.",
                     *             "facts": {}
                     *           }
                     *         ],
                     *         "eligible": true,
                     *         "override_reason": "Eksempel"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "outcome": "grant",
                     *           "sent_on": "2027-01-11",
                     *           "channel": "letter",
                     *           "received_on": "2027-01-11",
                     *           "complaint_window_ends": "2027-01-11",
                     *           "disciplines": [
                     *             "physiotherapy"
                     *           ],
                     *           "form": "team_training",
                     *           "transport_needed": false,
                     *           "reasons": "Eksempel",
                     *           "findings": [
                     *             {
                     *               "rule": "Eksempel",
                     *               "outcome": "met",
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "facts": {}
                     *             }
                     *           ],
                     *           "after_complaint": false,
                     *           "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b"
                     *         }
                     *       ],
                     *       "complaints": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "decision_id": "9188603a-d3db-526b-84c2-8db605254674",
                     *           "received_on": "2027-01-11",
                     *           "window_ends": "2027-01-11",
                     *           "late": false,
                     *           "reassessment_due": "2027-01-11",
                     *           "summary": "Genoptræning efter total hoftealloplastik.",
                     *           "outcome": "upheld",
                     *           "reassessed_on": "2027-01-11",
                     *           "reassessment_note": "Eksempel",
                     *           "forwarded_on": "2027-01-11",
                     *           "bundle_letter_id": "0b1b016c-f540-5afb-a2bf-950866325c4b"
                     *         }
                     *       ],
                     *       "course": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       },
                     *       "free_choice": {
                     *         "free_choice_date": "2027-01-11",
                     *         "offered_on": "2027-01-11",
                     *         "first_start_offered": "2027-01-11",
                     *         "start_within_limit": true,
                     *         "free_choice_offered": false,
                     *         "citizen_choice": "municipal",
                     *         "kl_status_reason": "Eksempel",
                     *         "kl_status_reason_name": "Eksempel"
                     *       },
                     *       "letters": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "kind": "Eksempel",
                     *           "template_version": 1,
                     *           "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *           "created_at": "2027-01-11T09:30:00+01:00",
                     *           "created_by": "Eksempel"
                     *         }
                     *       ],
                     *       "kl_status_reasons": [
                     *         "Eksempel"
                     *       ],
                     *       "kl_status_reason_names": [
                     *         "Eksempel"
                     *       ],
                     *       "open": true,
                     *       "can_record_decision_receipt": true,
                     *       "can_record_free_choice": false
                     *     }
                     */
                    "application/json": components["schemas"]["CaseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The step is not allowed in the case's current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "The step is not allowed in the case's current state"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "visitation-forward_to_appeals_board": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "forwarded_on": "2027-01-11"
                 *     }
                 */
                "application/json": components["schemas"]["ForwardIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "citizen": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "legal_basis": "SUL_140",
                     *       "legal_basis_names": {
                     *         "name": "Karen Jensen",
                     *         "short_name": "Eksempel",
                     *         "service": "Eksempel"
                     *       },
                     *       "need_test": "rehabilitation",
                     *       "quarantine_applies": false,
                     *       "site": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "code": "Eksempel",
                     *         "name": "Karen Jensen"
                     *       },
                     *       "received_at": "2027-01-11T09:30:00+01:00",
                     *       "received_date": "2027-01-11",
                     *       "condition": "Eksempel",
                     *       "status": "received",
                     *       "allowed_events": [
                     *         "invite"
                     *       ],
                     *       "events": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "event": "invite",
                     *           "occurred_on": "2027-01-11",
                     *           "recorded_at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "corrects": "a775b4fb-81a5-5e6c-97c7-4476b5e2c056",
                     *           "note": "Aftalt med borgeren i telefonen.",
                     *           "undone_by": "593f564c-3a6f-5851-b96d-d85dd8fd9b2a"
                     *         }
                     *       ],
                     *       "correctable_event_id": "a5ceb1ee-71d0-5fc3-8468-2eaff298dc36",
                     *       "flags": [
                     *         "Eksempel"
                     *       ],
                     *       "rehab_plan": {
                     *         "hospital": "Hvidovre Hospital",
                     *         "department": "Ortopædkirurgisk afdeling",
                     *         "plan_type": "almen_basal",
                     *         "kl_codes": [
                     *           "Eksempel"
                     *         ],
                     *         "discharge_date": "2027-01-11",
                     *         "health_start_date": "2027-01-11",
                     *         "free_choice_date": "2027-01-11",
                     *         "kl_code_names": [
                     *           "Eksempel"
                     *         ]
                     *       },
                     *       "application": {
                     *         "channel": "web_form",
                     *         "submitter": "citizen"
                     *       },
                     *       "deadlines": [
                     *         {
                     *           "kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "met_on": "2027-01-11"
                     *         }
                     *       ],
                     *       "invitation": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "meeting_at": "2027-01-11T09:30:00+01:00",
                     *         "place": "site",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "therapist_id": "f9220070-942a-5268-a385-eb82b79952c6",
                     *         "therapist_name": "Mette Holm",
                     *         "sent_on": "2027-01-11",
                     *         "channel": "letter",
                     *         "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b",
                     *         "appointment_id": "b2af8fc7-bd21-5f1f-8726-90b38733596b"
                     *       },
                     *       "assessment": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "assessed_on": "2027-01-11",
                     *         "findings": [
                     *           {
                     *             "rule": "Eksempel",
                     *             "outcome": "met",
                     *             "text": "Går med rollator indendørs; målet er at gå uden.",
                     *             "facts": {}
                     *           }
                     *         ],
                     *         "eligible": true,
                     *         "override_reason": "Eksempel"
                     *       },
                     *       "decisions": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "outcome": "grant",
                     *           "sent_on": "2027-01-11",
                     *           "channel": "letter",
                     *           "received_on": "2027-01-11",
                     *           "complaint_window_ends": "2027-01-11",
                     *           "disciplines": [
                     *             "physiotherapy"
                     *           ],
                     *           "form": "team_training",
                     *           "transport_needed": false,
                     *           "reasons": "Eksempel",
                     *           "findings": [
                     *             {
                     *               "rule": "Eksempel",
                     *               "outcome": "met",
                     *               "text": "Går med rollator indendørs; målet er at gå uden.",
                     *               "facts": {}
                     *             }
                     *           ],
                     *           "after_complaint": false,
                     *           "letter_id": "08b42c13-6d4b-5db6-b127-87552357470b"
                     *         }
                     *       ],
                     *       "complaints": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "decision_id": "9188603a-d3db-526b-84c2-8db605254674",
                     *           "received_on": "2027-01-11",
                     *           "window_ends": "2027-01-11",
                     *           "late": false,
                     *           "reassessment_due": "2027-01-11",
                     *           "summary": "Genoptræning efter total hoftealloplastik.",
                     *           "outcome": "upheld",
                     *           "reassessed_on": "2027-01-11",
                     *           "reassessment_note": "Eksempel",
                     *           "forwarded_on": "2027-01-11",
                     *           "bundle_letter_id": "0b1b016c-f540-5afb-a2bf-950866325c4b"
                     *         }
                     *       ],
                     *       "course": {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *         "legal_basis": "SUL_140",
                     *         "site_id": "1b1f939d-aec3-5a02-a172-3f3053ea7715",
                     *         "status": "active",
                     *         "started_on": "2027-01-11",
                     *         "ended_on": "2027-01-11",
                     *         "earlier": false,
                     *         "note": "Aftalt med borgeren i telefonen."
                     *       },
                     *       "free_choice": {
                     *         "free_choice_date": "2027-01-11",
                     *         "offered_on": "2027-01-11",
                     *         "first_start_offered": "2027-01-11",
                     *         "start_within_limit": true,
                     *         "free_choice_offered": false,
                     *         "citizen_choice": "municipal",
                     *         "kl_status_reason": "Eksempel",
                     *         "kl_status_reason_name": "Eksempel"
                     *       },
                     *       "letters": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "kind": "Eksempel",
                     *           "template_version": 1,
                     *           "content_hash": "9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c1e9f2c",
                     *           "created_at": "2027-01-11T09:30:00+01:00",
                     *           "created_by": "Eksempel"
                     *         }
                     *       ],
                     *       "kl_status_reasons": [
                     *         "Eksempel"
                     *       ],
                     *       "kl_status_reason_names": [
                     *         "Eksempel"
                     *       ],
                     *       "open": true,
                     *       "can_record_decision_receipt": true,
                     *       "can_record_free_choice": false
                     *     }
                     */
                    "application/json": components["schemas"]["CaseOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The step is not allowed in the case's current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "The step is not allowed in the case's current state"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "letters-list_templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "kind": "invitation",
                     *         "version": 1,
                     *         "body": "Eksempel",
                     *         "created_by": "Eksempel",
                     *         "created_at": "2027-01-11T09:30:00+01:00"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["LetterTemplateOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "letters-add_template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "invitation",
                 *       "body": "Eksempel"
                 *     }
                 */
                "application/json": components["schemas"]["LetterTemplateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "kind": "invitation",
                     *       "version": 1,
                     *       "body": "Eksempel",
                     *       "created_by": "Eksempel",
                     *       "created_at": "2027-01-11T09:30:00+01:00"
                     *     }
                     */
                    "application/json": components["schemas"]["LetterTemplateOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another version was saved at the same moment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "Another version was saved at the same moment"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "letters-preview_template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "invitation",
                 *       "body": "Eksempel"
                 *     }
                 */
                "application/json": components["schemas"]["LetterTemplateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "html": "Eksempel"
                     *     }
                     */
                    "application/json": components["schemas"]["LetterPreview"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "letters-download": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                letter_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter as sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "worklist-list": {
        parameters: {
            query?: {
                legal_basis?: string | null;
                site_id?: string | null;
                status?: components["schemas"]["DeadlineStatus"] | null;
                limit?: number;
                /** @description A page's `next_cursor`, for the next page. */
                cursor?: string | null;
                /** @description Only the cases assigned to the caller. */
                mine?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "case_id": "81c9e749-1dab-5990-8835-3fcf0f4c9f88",
                     *           "citizen_name": "Karen Jensen",
                     *           "legal_basis": "SUL_140",
                     *           "legal_basis_names": {
                     *             "name": "Karen Jensen",
                     *             "short_name": "Eksempel",
                     *             "service": "Eksempel"
                     *           },
                     *           "site": {
                     *             "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *             "code": "Eksempel",
                     *             "name": "Karen Jensen"
                     *           },
                     *           "received_at": "2027-01-11T09:30:00+01:00",
                     *           "deadline_kind": "invitation",
                     *           "due_date": "2027-01-11",
                     *           "working_days_left": 4,
                     *           "status": "on_track",
                     *           "assignee": {
                     *             "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *             "display_name": "Mette Holm"
                     *           }
                     *         }
                     *       ],
                     *       "next_cursor": "Eksempel"
                     *     }
                     */
                    "application/json": components["schemas"]["Worklist"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "worklist-count": {
        parameters: {
            query?: {
                legal_basis?: string | null;
                site_id?: string | null;
                /** @description Only the cases assigned to the caller. */
                mine?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "overdue": 1,
                     *       "due_today": 1,
                     *       "due_soon": 1
                     *     }
                     */
                    "application/json": components["schemas"]["WorklistCounts"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "admin-list_roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "role": "therapist",
                     *         "permissions": [
                     *           "citizens.read"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["RoleOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "admin-list_users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "username": "mette.holm",
                     *         "display_name": "Mette Holm",
                     *         "roles": [
                     *           "therapist"
                     *         ],
                     *         "site_ids": [
                     *           "1b1f939d-aec3-5a02-a172-3f3053ea7715"
                     *         ],
                     *         "active": true,
                     *         "created_at": "2027-01-11T09:30:00+01:00"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["UserOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "admin-create_user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "username": "mette.holm",
                 *       "display_name": "Mette Holm",
                 *       "roles": [
                 *         "therapist"
                 *       ],
                 *       "site_ids": [
                 *         "1b1f939d-aec3-5a02-a172-3f3053ea7715"
                 *       ],
                 *       "password": "et-langt-hemmeligt-kodeord"
                 *     }
                 */
                "application/json": components["schemas"]["UserIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "username": "mette.holm",
                     *       "display_name": "Mette Holm",
                     *       "roles": [
                     *         "therapist"
                     *       ],
                     *       "site_ids": [
                     *         "1b1f939d-aec3-5a02-a172-3f3053ea7715"
                     *       ],
                     *       "active": true,
                     *       "created_at": "2027-01-11T09:30:00+01:00"
                     *     }
                     */
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The username is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:conflict",
                     *       "title": "Konflikt",
                     *       "status": 409,
                     *       "detail": "The username is taken"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "admin-change_user": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "display_name": "Mette Holm",
                 *       "roles": [
                 *         "therapist"
                 *       ],
                 *       "site_ids": [
                 *         "1b1f939d-aec3-5a02-a172-3f3053ea7715"
                 *       ],
                 *       "active": true
                 *     }
                 */
                "application/json": components["schemas"]["UserChange"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "username": "mette.holm",
                     *       "display_name": "Mette Holm",
                     *       "roles": [
                     *         "therapist"
                     *       ],
                     *       "site_ids": [
                     *         "1b1f939d-aec3-5a02-a172-3f3053ea7715"
                     *       ],
                     *       "active": true,
                     *       "created_at": "2027-01-11T09:30:00+01:00"
                     *     }
                     */
                    "application/json": components["schemas"]["UserOut"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "admin-reset_password": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "new_password": "et-nyt-langt-hemmeligt-kodeord"
                 *     }
                 */
                "application/json": components["schemas"]["PasswordReset"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "admin-list_api_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *         "name": "Karen Jensen",
                     *         "prefix": "abc123",
                     *         "scopes": [
                     *           "citizens.read"
                     *         ],
                     *         "created_at": "2027-01-11T09:30:00+01:00",
                     *         "last_used_at": "2027-01-11T09:30:00+01:00",
                     *         "revoked_at": "2027-01-11T09:30:00+01:00"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ApiKeyOut"][];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "admin-create_api_key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Karen Jensen",
                 *       "scopes": [
                 *         "cases.all_sites"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ApiKeyIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *       "name": "Karen Jensen",
                     *       "prefix": "abc123",
                     *       "scopes": [
                     *         "citizens.read"
                     *       ],
                     *       "created_at": "2027-01-11T09:30:00+01:00",
                     *       "last_used_at": "2027-01-11T09:30:00+01:00",
                     *       "revoked_at": "2027-01-11T09:30:00+01:00",
                     *       "secret": "tck_abc123_et-hemmeligt-token"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKeyCreated"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "admin-revoke_api_key": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Det, adressen peger på, findes ikke eller er uden for kalderens adgang */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:not-found",
                     *       "title": "Findes ikke",
                     *       "status": 404,
                     *       "detail": "Det, adressen peger på, findes ikke eller er uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access_log-search": {
        parameters: {
            query?: {
                citizen_id?: string | null;
                user_id?: string | null;
                from?: string | null;
                /** @description Not before `from`. */
                to?: string | null;
                limit?: number;
                cursor?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": 1,
                     *           "at": "2027-01-11T09:30:00+01:00",
                     *           "actor": "Eksempel",
                     *           "user_id": "e913471e-a044-50ad-9eca-59012b7b85e1",
                     *           "user_name": "Mette Holm",
                     *           "client": "Eksempel",
                     *           "use": "Eksempel",
                     *           "operation": "Eksempel",
                     *           "citizen_ids": [
                     *             "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5"
                     *           ],
                     *           "criterion": "Jensen",
                     *           "outcome": "allowed",
                     *           "request_id": "01HZX3T8Q6R2"
                     *         }
                     *       ],
                     *       "next_cursor": "Eksempel"
                     *     }
                     */
                    "application/json": components["schemas"]["AccessLogPage"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access_log-citizen_report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5"
                 *     }
                 */
                "application/json": components["schemas"]["CitizenReportIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "citizen_id": "c97bd5c1-c23b-57cf-a801-afe0bc6e76e5",
                     *       "entries": [
                     *         {
                     *           "at": "2027-01-11T09:30:00+01:00",
                     *           "use": "Eksempel",
                     *           "operation": "Eksempel",
                     *           "organisation": "Eksempel"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CitizenReport"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "access_log-find_citizens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "cpr": "1501874823",
                 *       "name": "Karen Jensen"
                 *     }
                 */
                "application/json": components["schemas"]["AuditCitizenSearch"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "b4af603c-fb1e-5687-b4e1-915bcf15e979",
                     *           "name": "Karen Jensen",
                     *           "birth_date": "1987-01-15"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AuditCitizenList"];
                };
            };
            /** @description Ikke logget ind, eller nøglen er ugyldig */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:unauthenticated",
                     *       "title": "Ikke logget ind",
                     *       "status": 401,
                     *       "detail": "Ikke logget ind, eller nøglen er ugyldig"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:forbidden",
                     *       "title": "Ingen adgang",
                     *       "status": 403,
                     *       "detail": "Kalderen mangler tilladelsen, eller sagen ligger uden for kalderens adgang"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Forespørgslens krop er for stor */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:body-too-large",
                     *       "title": "Forespørgslen er for stor",
                     *       "status": 413,
                     *       "detail": "Forespørgslens krop er for stor"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:validation",
                     *       "title": "Ugyldige oplysninger",
                     *       "status": 422,
                     *       "detail": "Validation Error"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description For mange mislykkede forsøg (med Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:too-many-attempts",
                     *       "title": "For mange forespørgsler",
                     *       "status": 429,
                     *       "detail": "For mange mislykkede forsøg (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Databasen kan ikke nås lige nu (med Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:traening:problem:database-unavailable",
                     *       "title": "Tjenesten er ikke klar",
                     *       "status": 503,
                     *       "detail": "Databasen kan ikke nås lige nu (med Retry-After)"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem document */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
