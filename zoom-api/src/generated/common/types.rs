// @generated from spec/common.yaml by `cargo xtask codegen`. Do not edit by hand:
// change the spec or the generator, then run `cargo xtask codegen`.

//! Request and response types of the `common` group, generated from its schemas.
#![allow(deprecated)]
/// A registration that was just created.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddedRegistrant {
    /// ID of the meeting or webinar.
    pub id: Option<i64>,
    /// The `registrant_id` field.
    pub registrant_id: Option<String>,
    /// The `topic` field.
    pub topic: Option<String>,
    /// The `start_time` field.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The registrant's own join link; absent while the registration waits for manual approval.
    pub join_url: Option<String>,
    /// Occurrences the registration covers, for recurring sessions.
    pub occurrences: Option<Vec<Occurrence>>,
    /// PIN that identifies the registrant when joining by phone (meetings only).
    pub participant_pin_code: Option<i64>,
}

crate::runtime::object_impls!(
    AddedRegistrant { "id" => id optional, "registrant_id" => registrant_id optional,
    "topic" => topic optional, "start_time" => start_time optional, "join_url" =>
    join_url optional, "occurrences" => occurrences optional, "participant_pin_code" =>
    participant_pin_code optional }
);

impl crate::runtime::Check for AddedRegistrant {}
/// Whether registration is needed, and how registrants are approved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApprovalType {
    /// `0`: Registrants are approved at once.
    Automatic,
    /// `1`: The host approves each registrant.
    Manual,
    /// `2`: Nobody needs to register.
    NoRegistration,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl ApprovalType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Automatic => 0,
            Self::Manual => 1,
            Self::NoRegistration => 2,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for ApprovalType {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Automatic,
            1 => Self::Manual,
            2 => Self::NoRegistration,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(ApprovalType);

impl crate::runtime::Check for ApprovalType {}
/// How participants may connect their audio.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AudioOption {
    /// `both`: By phone or by computer.
    Both,
    /// `telephony`: By phone only.
    Telephony,
    /// `voip`: By computer only.
    Voip,
    /// `thirdParty`: Through a third-party audio conference.
    ThirdParty,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl AudioOption {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Both => "both",
            Self::Telephony => "telephony",
            Self::Voip => "voip",
            Self::ThirdParty => "thirdParty",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AudioOption {
    fn from(value: &str) -> Self {
        match value {
            "both" => Self::Both,
            "telephony" => Self::Telephony,
            "voip" => Self::Voip,
            "thirdParty" => Self::ThirdParty,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(AudioOption);

impl crate::runtime::Check for AudioOption {}
/// Where a session is recorded without the host starting it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AutoRecordingOption {
    /// `local`: On the host's computer.
    Local,
    /// `cloud`: In the Zoom cloud.
    Cloud,
    /// `none`: No automatic recording.
    Disabled,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl AutoRecordingOption {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Local => "local",
            Self::Cloud => "cloud",
            Self::Disabled => "none",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AutoRecordingOption {
    fn from(value: &str) -> Self {
        match value {
            "local" => Self::Local,
            "cloud" => Self::Cloud,
            "none" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(AutoRecordingOption);

impl crate::runtime::Check for AutoRecordingOption {}
/// How meetings are encrypted.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EncryptionType {
    /// `enhanced_encryption`: Encryption keys are kept in the Zoom cloud.
    EnhancedEncryption,
    /// `e2ee`: End-to-end encryption; several features such as cloud recording stop working.
    EndToEnd,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl EncryptionType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EnhancedEncryption => "enhanced_encryption",
            Self::EndToEnd => "e2ee",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for EncryptionType {
    fn from(value: &str) -> Self {
        match value {
            "enhanced_encryption" => Self::EnhancedEncryption,
            "e2ee" => Self::EndToEnd,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(EncryptionType);

impl crate::runtime::Check for EncryptionType {}
/// Error payload Zoom returns with 4xx responses.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorBody {
    /// Zoom's error code; see x-zoom-error-codes on each response.
    pub code: i64,
    /// Human-readable explanation.
    pub message: String,
    /// Per-field problems, sent with validation errors (code 300).
    pub errors: Option<Vec<ErrorFieldDetail>>,
}

crate::runtime::object_impls!(
    ErrorBody { "code" => code required, "message" => message required, "errors" =>
    errors optional }
);

impl ErrorBody {
    /// A value with the required fields set and every other one `None`.
    pub fn new(code: i64, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            errors: None,
        }
    }
}

impl crate::runtime::Check for ErrorBody {}
/// One rejected field of a request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorFieldDetail {
    /// Name of the rejected field.
    pub field: Option<String>,
    /// Why the field was rejected.
    pub message: Option<String>,
}

crate::runtime::object_impls!(
    ErrorFieldDetail { "field" => field optional, "message" => message optional }
);

impl crate::runtime::Check for ErrorFieldDetail {}
/// A phone number participants can dial to join.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GlobalDialInNumber {
    /// The `city` field.
    pub city: Option<String>,
    /// Two-letter country code.
    pub country: Option<String>,
    /// The `country_name` field.
    pub country_name: Option<String>,
    /// Number with its country calling code.
    pub number: Option<String>,
    /// Kind of dial-in number.
    pub type_: Option<GlobalDialInNumberType>,
}

crate::runtime::object_impls!(
    GlobalDialInNumber { "city" => city optional, "country" => country optional,
    "country_name" => country_name optional, "number" => number optional, "type" => type_
    optional }
);

impl crate::runtime::Check for GlobalDialInNumber {}
/// Kind of dial-in number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GlobalDialInNumberType {
    /// `toll`: A number callers pay for.
    Toll,
    /// `tollfree`: A free number.
    TollFree,
    /// `premium`: A premium-rate number (listed by Zoom for webinars).
    Premium,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl GlobalDialInNumberType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Toll => "toll",
            Self::TollFree => "tollfree",
            Self::Premium => "premium",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GlobalDialInNumberType {
    fn from(value: &str) -> Self {
        match value {
            "toll" => Self::Toll,
            "tollfree" => Self::TollFree,
            "premium" => Self::Premium,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(GlobalDialInNumberType);

impl crate::runtime::Check for GlobalDialInNumberType {}
/// Language interpretation of a session. Languages must first be added in the web portal.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LanguageInterpretation {
    /// Turn interpretation on; the user's setting applies when absent.
    pub enable: Option<bool>,
    /// The `interpreters` field.
    pub interpreters: Option<Vec<LanguageInterpreter>>,
}

crate::runtime::object_impls!(
    LanguageInterpretation { "enable" => enable optional, "interpreters" => interpreters
    optional }
);

impl crate::runtime::Check for LanguageInterpretation {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field("interpreters", &self.interpreters, &crate::runtime::Rules::NONE);
    }
}

/// An interpreter and the two languages they work between.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LanguageInterpreter {
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// Two country IDs such as `US,FR`; replaced by interpreter_languages.
    ///
    /// Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub languages: Option<String>,
    /// Two language names such as `English,French`, as listed in the user's settings.
    pub interpreter_languages: Option<String>,
}

crate::runtime::object_impls!(
    LanguageInterpreter { "email" => email optional, "languages" => languages optional,
    "interpreter_languages" => interpreter_languages optional }
);

impl crate::runtime::Check for LanguageInterpreter {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "email",
            &self.email,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// A registrant as Zoom lists them.
#[derive(Debug, Clone, PartialEq)]
pub struct ListedRegistrant {
    /// The `email` field.
    ///
    /// At most 128 characters. Format: `email`.
    pub email: String,
    /// The `first_name` field.
    ///
    /// At most 64 characters.
    pub first_name: String,
    /// The `last_name` field.
    ///
    /// At most 64 characters.
    pub last_name: Option<String>,
    /// The `address` field.
    pub address: Option<String>,
    /// The `city` field.
    pub city: Option<String>,
    /// State or province.
    pub state: Option<String>,
    /// ZIP or postal code.
    pub zip: Option<String>,
    /// Two-letter country code.
    pub country: Option<String>,
    /// The `phone` field.
    pub phone: Option<String>,
    /// Questions or remarks of the registrant.
    pub comments: Option<String>,
    /// Answers to the host's own questions.
    pub custom_questions: Option<Vec<RegistrantCustomQuestion>>,
    /// The `industry` field.
    pub industry: Option<String>,
    /// The `job_title` field.
    pub job_title: Option<String>,
    /// Size of the registrant's organisation; empty when not given.
    pub no_of_employees: Option<RegistrantEmployeeCount>,
    /// Organisation.
    pub org: Option<String>,
    /// When the registrant plans to buy; empty when not given.
    pub purchasing_time_frame: Option<RegistrantPurchasingTimeFrame>,
    /// The registrant's part in buying decisions; empty when not given.
    pub role_in_purchase_process: Option<RegistrantPurchaseRole>,
    /// Registrant ID.
    pub id: Option<String>,
    /// Where a registration stands.
    pub status: Option<RegistrantStatus>,
    /// When the registrant signed up.
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,
    /// The registrant's own join link; only approved registrants can use it.
    pub join_url: Option<String>,
    /// PIN that identifies the registrant when joining by phone (meetings only).
    pub participant_pin_code: Option<i64>,
}

crate::runtime::object_impls!(
    ListedRegistrant { "email" => email required, "first_name" => first_name required,
    "last_name" => last_name optional, "address" => address optional, "city" => city
    optional, "state" => state optional, "zip" => zip optional, "country" => country
    optional, "phone" => phone optional, "comments" => comments optional,
    "custom_questions" => custom_questions optional, "industry" => industry optional,
    "job_title" => job_title optional, "no_of_employees" => no_of_employees optional,
    "org" => org optional, "purchasing_time_frame" => purchasing_time_frame optional,
    "role_in_purchase_process" => role_in_purchase_process optional, "id" => id optional,
    "status" => status optional, "create_time" => create_time optional, "join_url" =>
    join_url optional, "participant_pin_code" => participant_pin_code optional }
);

impl ListedRegistrant {
    /// A value with the required fields set and every other one `None`.
    pub fn new(email: impl Into<String>, first_name: impl Into<String>) -> Self {
        Self {
            email: email.into(),
            first_name: first_name.into(),
            last_name: None,
            address: None,
            city: None,
            state: None,
            zip: None,
            country: None,
            phone: None,
            comments: None,
            custom_questions: None,
            industry: None,
            job_title: None,
            no_of_employees: None,
            org: None,
            purchasing_time_frame: None,
            role_in_purchase_process: None,
            id: None,
            status: None,
            create_time: None,
            join_url: None,
            participant_pin_code: None,
        }
    }
}

impl crate::runtime::Check for ListedRegistrant {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "email",
            &self.email,
            &crate::runtime::Rules {
                max_length: Some(128),
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "first_name",
            &self.first_name,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "last_name",
            &self.last_name,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "custom_questions",
            &self.custom_questions,
            &crate::runtime::Rules::NONE,
        );
    }
}

/// One occurrence of a recurring session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Occurrence {
    /// Occurrence ID, used by the `occurrence_id` parameters.
    pub occurrence_id: Option<String>,
    /// The `start_time` field.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Length in minutes.
    pub duration: Option<i64>,
    /// Whether an occurrence still takes place.
    pub status: Option<OccurrenceStatus>,
}

crate::runtime::object_impls!(
    Occurrence { "occurrence_id" => occurrence_id optional, "start_time" => start_time
    optional, "duration" => duration optional, "status" => status optional }
);

impl crate::runtime::Check for Occurrence {}
/// Whether an occurrence still takes place.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OccurrenceStatus {
    /// `available`: The occurrence is scheduled.
    Available,
    /// `deleted`: The occurrence was removed from the series.
    Deleted,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl OccurrenceStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "available",
            Self::Deleted => "deleted",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OccurrenceStatus {
    fn from(value: &str) -> Self {
        match value {
            "available" => Self::Available,
            "deleted" => Self::Deleted,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(OccurrenceStatus);

impl crate::runtime::Check for OccurrenceStatus {}
/// One answer to one question.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastPollAnswer {
    /// Poll ID.
    pub polling_id: Option<String>,
    /// The `question` field.
    pub question: Option<String>,
    /// The `answer` field.
    pub answer: Option<String>,
    /// When the answer was given.
    pub date_time: Option<chrono::DateTime<chrono::Utc>>,
}

crate::runtime::object_impls!(
    PastPollAnswer { "polling_id" => polling_id optional, "question" => question
    optional, "answer" => answer optional, "date_time" => date_time optional }
);

impl crate::runtime::Check for PastPollAnswer {}
/// The poll answers given during an ended session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastPollResults {
    /// Meeting or webinar ID.
    pub id: Option<i64>,
    /// UUID of the instance.
    pub uuid: Option<String>,
    /// The `start_time` field.
    pub start_time: Option<chrono::DateTime<chrono::Utc>>,
    /// One entry per person who answered.
    pub questions: Option<Vec<PastPollVoter>>,
}

crate::runtime::object_impls!(
    PastPollResults { "id" => id optional, "uuid" => uuid optional, "start_time" =>
    start_time optional, "questions" => questions optional }
);

impl crate::runtime::Check for PastPollResults {}
/// The answers of one participant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastPollVoter {
    /// Display name; `Anonymous Attendee` for anonymous polls.
    pub name: Option<String>,
    /// Email address; empty for people outside the host's account, with some exceptions.
    pub email: Option<String>,
    /// The `question_details` field.
    pub question_details: Option<Vec<PastPollAnswer>>,
}

crate::runtime::object_impls!(
    PastPollVoter { "name" => name optional, "email" => email optional,
    "question_details" => question_details optional }
);

impl crate::runtime::Check for PastPollVoter {}
/// A poll or quiz, as it is created or changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Poll {
    /// The `title` field.
    ///
    /// At most 64 characters.
    pub title: Option<String>,
    /// Hide who gave which answers.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub anonymous: Option<bool>,
    /// Kind of poll. Advanced polls and quizzes must be enabled on the account.
    pub poll_type: Option<PollType>,
    /// The `questions` field.
    ///
    /// At least 1 item.
    pub questions: Option<Vec<PollQuestion>>,
}

crate::runtime::object_impls!(
    Poll { "title" => title optional, "anonymous" => anonymous optional, "poll_type" =>
    poll_type optional, "questions" => questions optional }
);

impl crate::runtime::Check for Poll {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "title",
            &self.title,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "questions",
            &self.questions,
            &crate::runtime::Rules {
                min_items: Some(1),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// A poll as Zoom returns it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PollDetail {
    /// The `title` field.
    ///
    /// At most 64 characters.
    pub title: Option<String>,
    /// Hide who gave which answers.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub anonymous: Option<bool>,
    /// Kind of poll. Advanced polls and quizzes must be enabled on the account.
    pub poll_type: Option<PollType>,
    /// The `questions` field.
    ///
    /// At least 1 item.
    pub questions: Option<Vec<PollQuestion>>,
    /// Poll ID.
    pub id: Option<String>,
    /// Where a poll stands during the session.
    pub status: Option<PollStatus>,
}

crate::runtime::object_impls!(
    PollDetail { "title" => title optional, "anonymous" => anonymous optional,
    "poll_type" => poll_type optional, "questions" => questions optional, "id" => id
    optional, "status" => status optional }
);

impl crate::runtime::Check for PollDetail {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "title",
            &self.title,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "questions",
            &self.questions,
            &crate::runtime::Rules {
                min_items: Some(1),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// The polls of a session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PollList {
    /// The `total_records` field.
    pub total_records: Option<i64>,
    /// The `polls` field.
    pub polls: Option<Vec<PollDetail>>,
}

crate::runtime::object_impls!(
    PollList { "total_records" => total_records optional, "polls" => polls optional }
);

impl crate::runtime::Check for PollList {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field("polls", &self.polls, &crate::runtime::Rules::NONE);
    }
}

/// One question of a poll. Which fields apply depends on its type.
#[derive(Debug, Clone, PartialEq)]
pub struct PollQuestion {
    /// The question text; for fill-in-the-blank questions, the sentence with its gaps.
    ///
    /// At most 1024 characters.
    pub name: String,
    /// How a poll question is answered.
    pub type_: PollQuestionType,
    /// Choices offered (up to 10 for single and multiple choice, 16 for matching).
    ///
    /// At least 2 items.
    pub answers: Option<Vec<String>>,
    /// Correct answers; needed for quizzes. Single choice and matching take one.
    ///
    /// At least 1 item.
    pub right_answers: Option<Vec<String>>,
    /// Participants must answer this question.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub answer_required: Option<bool>,
    /// Single choice only. Offer the choices in a drop-down list.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub show_as_dropdown: Option<bool>,
    /// Short and long answers only. Fewest characters accepted.
    ///
    /// At least 1.
    pub answer_min_character: Option<i64>,
    /// Short and long answers only. Most characters accepted (500 for short, 2000 for long answers).
    ///
    /// At most 2000.
    pub answer_max_character: Option<i64>,
    /// Fill-in-the-blank only. Compare answers with their case.
    ///
    /// Zoom assumes `false` when this is not sent.
    pub case_sensitive: Option<bool>,
    /// Matching and rank-order only. Between 2 and 10 prompts.
    pub prompts: Option<Vec<PollQuestionPrompt>>,
    /// Rating scale only. Lowest value.
    ///
    /// At least 0.
    pub rating_min_value: Option<i64>,
    /// Rating scale only. Highest value.
    ///
    /// At most 10.
    pub rating_max_value: Option<i64>,
    /// Rating scale only. Label of the lowest value.
    pub rating_min_label: Option<String>,
    /// Rating scale only. Label of the highest value.
    pub rating_max_label: Option<String>,
}

crate::runtime::object_impls!(
    PollQuestion { "name" => name required, "type" => type_ required, "answers" =>
    answers optional, "right_answers" => right_answers optional, "answer_required" =>
    answer_required optional, "show_as_dropdown" => show_as_dropdown optional,
    "answer_min_character" => answer_min_character optional, "answer_max_character" =>
    answer_max_character optional, "case_sensitive" => case_sensitive optional, "prompts"
    => prompts optional, "rating_min_value" => rating_min_value optional,
    "rating_max_value" => rating_max_value optional, "rating_min_label" =>
    rating_min_label optional, "rating_max_label" => rating_max_label optional }
);

impl PollQuestion {
    /// A value with the required fields set and every other one `None`.
    pub fn new(name: impl Into<String>, type_: PollQuestionType) -> Self {
        Self {
            name: name.into(),
            type_,
            answers: None,
            right_answers: None,
            answer_required: None,
            show_as_dropdown: None,
            answer_min_character: None,
            answer_max_character: None,
            case_sensitive: None,
            prompts: None,
            rating_min_value: None,
            rating_max_value: None,
            rating_min_label: None,
            rating_max_label: None,
        }
    }
}

impl crate::runtime::Check for PollQuestion {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "name",
            &self.name,
            &crate::runtime::Rules {
                max_length: Some(1024),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "answers",
            &self.answers,
            &crate::runtime::Rules {
                min_items: Some(2),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "right_answers",
            &self.right_answers,
            &crate::runtime::Rules {
                min_items: Some(1),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "answer_min_character",
            &self.answer_min_character,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "answer_max_character",
            &self.answer_max_character,
            &crate::runtime::Rules {
                maximum: Some(2000.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "rating_min_value",
            &self.rating_min_value,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "rating_max_value",
            &self.rating_max_value,
            &crate::runtime::Rules {
                maximum: Some(10.0),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// A prompt of a matching or rank-order question.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PollQuestionPrompt {
    /// The `prompt_question` field.
    pub prompt_question: Option<String>,
    /// Correct answers of the prompt; rank-order takes one, matching 2 to 10.
    pub prompt_right_answers: Option<Vec<String>>,
}

crate::runtime::object_impls!(
    PollQuestionPrompt { "prompt_question" => prompt_question optional,
    "prompt_right_answers" => prompt_right_answers optional }
);

impl crate::runtime::Check for PollQuestionPrompt {}
/// How a poll question is answered.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PollQuestionType {
    /// `single`: Pick one choice.
    Single,
    /// `multiple`: Pick several choices.
    Multiple,
    /// `matching`: Pair prompts with answers.
    Matching,
    /// `rank_order`: Put the answers in order.
    RankOrder,
    /// `short_answer`: A short text.
    ShortAnswer,
    /// `long_answer`: A longer text.
    LongAnswer,
    /// `fill_in_the_blank`: Fill the gaps of a sentence.
    FillInTheBlank,
    /// `rating_scale`: Pick a value on a scale.
    RatingScale,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl PollQuestionType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Single => "single",
            Self::Multiple => "multiple",
            Self::Matching => "matching",
            Self::RankOrder => "rank_order",
            Self::ShortAnswer => "short_answer",
            Self::LongAnswer => "long_answer",
            Self::FillInTheBlank => "fill_in_the_blank",
            Self::RatingScale => "rating_scale",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PollQuestionType {
    fn from(value: &str) -> Self {
        match value {
            "single" => Self::Single,
            "multiple" => Self::Multiple,
            "matching" => Self::Matching,
            "rank_order" => Self::RankOrder,
            "short_answer" => Self::ShortAnswer,
            "long_answer" => Self::LongAnswer,
            "fill_in_the_blank" => Self::FillInTheBlank,
            "rating_scale" => Self::RatingScale,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(PollQuestionType);

impl crate::runtime::Check for PollQuestionType {}
/// Where a poll stands during the session.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PollStatus {
    /// `notstart`: Not launched yet.
    NotStarted,
    /// `started`: Open for answers.
    Started,
    /// `ended`: Closed.
    Ended,
    /// `sharing`: Its results are being shown.
    Sharing,
    /// `deactivated`: Switched off.
    Deactivated,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl PollStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotStarted => "notstart",
            Self::Started => "started",
            Self::Ended => "ended",
            Self::Sharing => "sharing",
            Self::Deactivated => "deactivated",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PollStatus {
    fn from(value: &str) -> Self {
        match value {
            "notstart" => Self::NotStarted,
            "started" => Self::Started,
            "ended" => Self::Ended,
            "sharing" => Self::Sharing,
            "deactivated" => Self::Deactivated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(PollStatus);

impl crate::runtime::Check for PollStatus {}
/// Kind of poll. Advanced polls and quizzes must be enabled on the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PollType {
    /// `1`: A plain poll.
    Poll,
    /// `2`: An advanced poll.
    AdvancedPoll,
    /// `3`: A quiz with right answers.
    Quiz,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl PollType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Poll => 1,
            Self::AdvancedPoll => 2,
            Self::Quiz => 3,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for PollType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Poll,
            2 => Self::AdvancedPoll,
            3 => Self::Quiz,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(PollType);

impl crate::runtime::Check for PollType {}
/// When a recurring session repeats. Give either end_times or end_date_time, not both.
#[derive(Debug, Clone, PartialEq)]
pub struct Recurrence {
    /// Unit of a recurrence.
    pub type_: RecurrenceType,
    /// Repeat every this many days, weeks or months; meetings allow at most 99 days, 50 weeks or 10 months, webinars 90 days, 12 weeks or 3 months.
    ///
    /// From 1 to 99.
    pub repeat_interval: Option<i64>,
    /// Weekly recurrences only. Comma-separated weekdays, 1 (Sunday) to 7 (Saturday), such as `2,4`.
    ///
    /// Matches `^[1-7](,[1-7])*$`. Zoom assumes `"1"` when this is not sent.
    pub weekly_days: Option<String>,
    /// Monthly recurrences only. Day of the month.
    ///
    /// From 1 to 31. Zoom assumes `1` when this is not sent.
    pub monthly_day: Option<i64>,
    /// Week of the month a monthly recurrence falls in; used with monthly_week_day.
    pub monthly_week: Option<RecurrenceMonthlyWeek>,
    /// Day of the week, counted from Sunday.
    pub monthly_week_day: Option<WeekDay>,
    /// Number of occurrences before the series ends; 0 means it never ends.
    ///
    /// From 0 to 60. Zoom assumes `1` when this is not sent.
    pub end_times: Option<i64>,
    /// Last moment the series may occur, in UTC.
    pub end_date_time: Option<chrono::DateTime<chrono::Utc>>,
}

crate::runtime::object_impls!(
    Recurrence { "type" => type_ required, "repeat_interval" => repeat_interval optional,
    "weekly_days" => weekly_days optional, "monthly_day" => monthly_day optional,
    "monthly_week" => monthly_week optional, "monthly_week_day" => monthly_week_day
    optional, "end_times" => end_times optional, "end_date_time" => end_date_time
    optional }
);

impl Recurrence {
    /// A value with the required fields set and every other one `None`.
    pub fn new(type_: RecurrenceType) -> Self {
        Self {
            type_,
            repeat_interval: None,
            weekly_days: None,
            monthly_day: None,
            monthly_week: None,
            monthly_week_day: None,
            end_times: None,
            end_date_time: None,
        }
    }
}

impl crate::runtime::Check for Recurrence {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "repeat_interval",
            &self.repeat_interval,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(99.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "monthly_day",
            &self.monthly_day,
            &crate::runtime::Rules {
                minimum: Some(1.0),
                maximum: Some(31.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "end_times",
            &self.end_times,
            &crate::runtime::Rules {
                minimum: Some(0.0),
                maximum: Some(60.0),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Week of the month a monthly recurrence falls in; used with monthly_week_day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecurrenceMonthlyWeek {
    /// `-1`: The last week.
    Last,
    /// `1`: The first week.
    First,
    /// `2`: The second week.
    Second,
    /// `3`: The third week.
    Third,
    /// `4`: The fourth week.
    Fourth,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl RecurrenceMonthlyWeek {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Last => -1,
            Self::First => 1,
            Self::Second => 2,
            Self::Third => 3,
            Self::Fourth => 4,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for RecurrenceMonthlyWeek {
    fn from(value: i64) -> Self {
        match value {
            -1 => Self::Last,
            1 => Self::First,
            2 => Self::Second,
            3 => Self::Third,
            4 => Self::Fourth,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(RecurrenceMonthlyWeek);

impl crate::runtime::Check for RecurrenceMonthlyWeek {}
/// Unit of a recurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecurrenceType {
    /// `1`: Repeats by days.
    Daily,
    /// `2`: Repeats by weeks.
    Weekly,
    /// `3`: Repeats by months.
    Monthly,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl RecurrenceType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Daily => 1,
            Self::Weekly => 2,
            Self::Monthly => 3,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for RecurrenceType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Daily,
            2 => Self::Weekly,
            3 => Self::Monthly,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(RecurrenceType);

impl crate::runtime::Check for RecurrenceType {}
/// What a registrant fills in on the registration form.
#[derive(Debug, Clone, PartialEq)]
pub struct Registrant {
    /// The `email` field.
    ///
    /// At most 128 characters. Format: `email`.
    pub email: String,
    /// The `first_name` field.
    ///
    /// At most 64 characters.
    pub first_name: String,
    /// The `last_name` field.
    ///
    /// At most 64 characters.
    pub last_name: Option<String>,
    /// The `address` field.
    pub address: Option<String>,
    /// The `city` field.
    pub city: Option<String>,
    /// State or province.
    pub state: Option<String>,
    /// ZIP or postal code.
    pub zip: Option<String>,
    /// Two-letter country code.
    pub country: Option<String>,
    /// The `phone` field.
    pub phone: Option<String>,
    /// Questions or remarks of the registrant.
    pub comments: Option<String>,
    /// Answers to the host's own questions.
    pub custom_questions: Option<Vec<RegistrantCustomQuestion>>,
    /// The `industry` field.
    pub industry: Option<String>,
    /// The `job_title` field.
    pub job_title: Option<String>,
    /// Size of the registrant's organisation; empty when not given.
    pub no_of_employees: Option<RegistrantEmployeeCount>,
    /// Organisation.
    pub org: Option<String>,
    /// When the registrant plans to buy; empty when not given.
    pub purchasing_time_frame: Option<RegistrantPurchasingTimeFrame>,
    /// The registrant's part in buying decisions; empty when not given.
    pub role_in_purchase_process: Option<RegistrantPurchaseRole>,
}

crate::runtime::object_impls!(
    Registrant { "email" => email required, "first_name" => first_name required,
    "last_name" => last_name optional, "address" => address optional, "city" => city
    optional, "state" => state optional, "zip" => zip optional, "country" => country
    optional, "phone" => phone optional, "comments" => comments optional,
    "custom_questions" => custom_questions optional, "industry" => industry optional,
    "job_title" => job_title optional, "no_of_employees" => no_of_employees optional,
    "org" => org optional, "purchasing_time_frame" => purchasing_time_frame optional,
    "role_in_purchase_process" => role_in_purchase_process optional }
);

impl Registrant {
    /// A value with the required fields set and every other one `None`.
    pub fn new(email: impl Into<String>, first_name: impl Into<String>) -> Self {
        Self {
            email: email.into(),
            first_name: first_name.into(),
            last_name: None,
            address: None,
            city: None,
            state: None,
            zip: None,
            country: None,
            phone: None,
            comments: None,
            custom_questions: None,
            industry: None,
            job_title: None,
            no_of_employees: None,
            org: None,
            purchasing_time_frame: None,
            role_in_purchase_process: None,
        }
    }
}

impl crate::runtime::Check for Registrant {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "email",
            &self.email,
            &crate::runtime::Rules {
                max_length: Some(128),
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "first_name",
            &self.first_name,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "last_name",
            &self.last_name,
            &crate::runtime::Rules {
                max_length: Some(64),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field(
            "custom_questions",
            &self.custom_questions,
            &crate::runtime::Rules::NONE,
        );
    }
}

/// A registrant's answer to one custom question.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegistrantCustomQuestion {
    /// The question.
    pub title: Option<String>,
    /// The answer.
    ///
    /// At most 128 characters.
    pub value: Option<String>,
}

crate::runtime::object_impls!(
    RegistrantCustomQuestion { "title" => title optional, "value" => value optional }
);

impl crate::runtime::Check for RegistrantCustomQuestion {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "value",
            &self.value,
            &crate::runtime::Rules {
                max_length: Some(128),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Size of the registrant's organisation; empty when not given.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RegistrantEmployeeCount {
    /// ``: Not answered.
    Unspecified,
    /// `1-20`: 1 to 20 employees.
    From1To20,
    /// `21-50`: 21 to 50 employees.
    From21To50,
    /// `51-100`: 51 to 100 employees.
    From51To100,
    /// `101-250`: 101 to 250 employees (listing form).
    From101To250,
    /// `101-500`: 101 to 500 employees (registration form).
    From101To500,
    /// `251-500`: 251 to 500 employees (listing form).
    From251To500,
    /// `500-1,000`: 500 to 1,000 employees (registration form).
    From500To1000,
    /// `501-1,000`: 501 to 1,000 employees (listing form).
    From501To1000,
    /// `1,001-5,000`: 1,001 to 5,000 employees.
    From1001To5000,
    /// `5,001-10,000`: 5,001 to 10,000 employees.
    From5001To10000,
    /// `More than 10,000`: Over 10,000 employees.
    MoreThan10000,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RegistrantEmployeeCount {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unspecified => "",
            Self::From1To20 => "1-20",
            Self::From21To50 => "21-50",
            Self::From51To100 => "51-100",
            Self::From101To250 => "101-250",
            Self::From101To500 => "101-500",
            Self::From251To500 => "251-500",
            Self::From500To1000 => "500-1,000",
            Self::From501To1000 => "501-1,000",
            Self::From1001To5000 => "1,001-5,000",
            Self::From5001To10000 => "5,001-10,000",
            Self::MoreThan10000 => "More than 10,000",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegistrantEmployeeCount {
    fn from(value: &str) -> Self {
        match value {
            "" => Self::Unspecified,
            "1-20" => Self::From1To20,
            "21-50" => Self::From21To50,
            "51-100" => Self::From51To100,
            "101-250" => Self::From101To250,
            "101-500" => Self::From101To500,
            "251-500" => Self::From251To500,
            "500-1,000" => Self::From500To1000,
            "501-1,000" => Self::From501To1000,
            "1,001-5,000" => Self::From1001To5000,
            "5,001-10,000" => Self::From5001To10000,
            "More than 10,000" => Self::MoreThan10000,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RegistrantEmployeeCount);

impl crate::runtime::Check for RegistrantEmployeeCount {}
/// Language of the emails a registrant receives.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RegistrantLanguage {
    /// `en-US`: English (US).
    EnUs,
    /// `de-DE`: German (Germany).
    DeDe,
    /// `es-ES`: Spanish (Spain).
    EsEs,
    /// `fr-FR`: French (France).
    FrFr,
    /// `jp-JP`: Japanese.
    JpJp,
    /// `pt-PT`: Portuguese (Portugal).
    PtPt,
    /// `ru-RU`: Russian.
    RuRu,
    /// `zh-CN`: Chinese (simplified).
    ZhCn,
    /// `zh-TW`: Chinese (traditional).
    ZhTw,
    /// `ko-KO`: Korean.
    KoKo,
    /// `it-IT`: Italian.
    ItIt,
    /// `vi-VN`: Vietnamese.
    ViVn,
    /// `pl-PL`: Polish.
    PlPl,
    /// `Tr-TR`: Turkish.
    TrTr,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RegistrantLanguage {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EnUs => "en-US",
            Self::DeDe => "de-DE",
            Self::EsEs => "es-ES",
            Self::FrFr => "fr-FR",
            Self::JpJp => "jp-JP",
            Self::PtPt => "pt-PT",
            Self::RuRu => "ru-RU",
            Self::ZhCn => "zh-CN",
            Self::ZhTw => "zh-TW",
            Self::KoKo => "ko-KO",
            Self::ItIt => "it-IT",
            Self::ViVn => "vi-VN",
            Self::PlPl => "pl-PL",
            Self::TrTr => "Tr-TR",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegistrantLanguage {
    fn from(value: &str) -> Self {
        match value {
            "en-US" => Self::EnUs,
            "de-DE" => Self::DeDe,
            "es-ES" => Self::EsEs,
            "fr-FR" => Self::FrFr,
            "jp-JP" => Self::JpJp,
            "pt-PT" => Self::PtPt,
            "ru-RU" => Self::RuRu,
            "zh-CN" => Self::ZhCn,
            "zh-TW" => Self::ZhTw,
            "ko-KO" => Self::KoKo,
            "it-IT" => Self::ItIt,
            "vi-VN" => Self::ViVn,
            "pl-PL" => Self::PlPl,
            "Tr-TR" => Self::TrTr,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RegistrantLanguage);

impl crate::runtime::Check for RegistrantLanguage {}
/// One page of registrants.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegistrantList {
    /// Token for the next page; empty on the last page and valid for 15 minutes.
    pub next_page_token: Option<String>,
    /// The `page_count` field.
    pub page_count: Option<i64>,
    /// Number of this page; superseded by next_page_token.
    ///
    /// Zoom assumes `1` when this is not sent. Deprecated by Zoom.
    #[deprecated = "Zoom marks this field deprecated."]
    pub page_number: Option<i64>,
    /// The `page_size` field.
    ///
    /// At most 300. Zoom assumes `30` when this is not sent.
    pub page_size: Option<i64>,
    /// Number of registrants across all pages.
    pub total_records: Option<i64>,
    /// The `registrants` field.
    pub registrants: Option<Vec<ListedRegistrant>>,
}

crate::runtime::object_impls!(
    RegistrantList { "next_page_token" => next_page_token optional, "page_count" =>
    page_count optional, "page_number" => page_number optional, "page_size" => page_size
    optional, "total_records" => total_records optional, "registrants" => registrants
    optional }
);

impl crate::runtime::Check for RegistrantList {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "page_size",
            &self.page_size,
            &crate::runtime::Rules {
                maximum: Some(300.0),
                ..crate::runtime::Rules::NONE
            },
        );
        v.field("registrants", &self.registrants, &crate::runtime::Rules::NONE);
    }
}

/// The registrant's part in buying decisions; empty when not given.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RegistrantPurchaseRole {
    /// ``: Not answered.
    Unspecified,
    /// `Decision Maker`: Makes the decision.
    DecisionMaker,
    /// `Evaluator/Recommender`: Evaluates or recommends.
    EvaluatorRecommender,
    /// `Influencer`: Influences the decision.
    Influencer,
    /// `Not involved`: Takes no part.
    NotInvolved,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RegistrantPurchaseRole {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unspecified => "",
            Self::DecisionMaker => "Decision Maker",
            Self::EvaluatorRecommender => "Evaluator/Recommender",
            Self::Influencer => "Influencer",
            Self::NotInvolved => "Not involved",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegistrantPurchaseRole {
    fn from(value: &str) -> Self {
        match value {
            "" => Self::Unspecified,
            "Decision Maker" => Self::DecisionMaker,
            "Evaluator/Recommender" => Self::EvaluatorRecommender,
            "Influencer" => Self::Influencer,
            "Not involved" => Self::NotInvolved,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RegistrantPurchaseRole);

impl crate::runtime::Check for RegistrantPurchaseRole {}
/// When the registrant plans to buy; empty when not given.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RegistrantPurchasingTimeFrame {
    /// ``: Not answered.
    Unspecified,
    /// `Within a month`: In the coming month.
    WithinAMonth,
    /// `1-3 months`: In one to three months.
    OneToThreeMonths,
    /// `4-6 months`: In four to six months.
    FourToSixMonths,
    /// `More than 6 months`: In more than six months.
    MoreThanSixMonths,
    /// `No timeframe`: No plan to buy yet.
    NoTimeframe,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RegistrantPurchasingTimeFrame {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unspecified => "",
            Self::WithinAMonth => "Within a month",
            Self::OneToThreeMonths => "1-3 months",
            Self::FourToSixMonths => "4-6 months",
            Self::MoreThanSixMonths => "More than 6 months",
            Self::NoTimeframe => "No timeframe",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegistrantPurchasingTimeFrame {
    fn from(value: &str) -> Self {
        match value {
            "" => Self::Unspecified,
            "Within a month" => Self::WithinAMonth,
            "1-3 months" => Self::OneToThreeMonths,
            "4-6 months" => Self::FourToSixMonths,
            "More than 6 months" => Self::MoreThanSixMonths,
            "No timeframe" => Self::NoTimeframe,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RegistrantPurchasingTimeFrame);

impl crate::runtime::Check for RegistrantPurchasingTimeFrame {}
/// Names a registrant by ID or by email address.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegistrantReference {
    /// The `id` field.
    pub id: Option<String>,
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
}

crate::runtime::object_impls!(
    RegistrantReference { "id" => id optional, "email" => email optional }
);

impl crate::runtime::Check for RegistrantReference {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "email",
            &self.email,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// Where a registration stands.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RegistrantStatus {
    /// `pending`: Waiting for the host's decision.
    Pending,
    /// `approved`: Accepted; the registrant may join.
    Approved,
    /// `denied`: Refused.
    Denied,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RegistrantStatus {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Denied => "denied",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegistrantStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "approved" => Self::Approved,
            "denied" => Self::Denied,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RegistrantStatus);

impl crate::runtime::Check for RegistrantStatus {}
/// What to do with the registrants.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RegistrantStatusAction {
    /// `approve`: Accept the registration.
    Approve,
    /// `cancel`: Withdraw a registration that was accepted earlier.
    Cancel,
    /// `deny`: Refuse the registration.
    Deny,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RegistrantStatusAction {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approve => "approve",
            Self::Cancel => "cancel",
            Self::Deny => "deny",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegistrantStatusAction {
    fn from(value: &str) -> Self {
        match value {
            "approve" => Self::Approve,
            "cancel" => Self::Cancel,
            "deny" => Self::Deny,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RegistrantStatusAction);

impl crate::runtime::Check for RegistrantStatusAction {}
/// A decision on one or more registrants.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistrantStatusUpdate {
    /// What to do with the registrants.
    pub action: RegistrantStatusAction,
    /// The `registrants` field.
    ///
    /// At most 30 items.
    pub registrants: Option<Vec<RegistrantReference>>,
}

crate::runtime::object_impls!(
    RegistrantStatusUpdate { "action" => action required, "registrants" => registrants
    optional }
);

impl RegistrantStatusUpdate {
    /// A value with the required fields set and every other one `None`.
    pub fn new(action: RegistrantStatusAction) -> Self {
        Self { action, registrants: None }
    }
}

impl crate::runtime::Check for RegistrantStatusUpdate {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "registrants",
            &self.registrants,
            &crate::runtime::Rules {
                max_items: Some(30),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// A question the host added to the registration form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegistrationCustomQuestion {
    /// The `title` field.
    pub title: Option<String>,
    /// How a custom registration question is answered.
    pub type_: Option<RegistrationCustomQuestionType>,
    /// Whether registrants must answer it.
    pub required: Option<bool>,
    /// Choices offered; not used for short answers.
    pub answers: Option<Vec<String>>,
}

crate::runtime::object_impls!(
    RegistrationCustomQuestion { "title" => title optional, "type" => type_ optional,
    "required" => required optional, "answers" => answers optional }
);

impl crate::runtime::Check for RegistrationCustomQuestion {}
/// How a custom registration question is answered.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RegistrationCustomQuestionType {
    /// `short`: Free text.
    Short,
    /// `single`: One of the given choices.
    Single,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RegistrationCustomQuestionType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Short => "short",
            Self::Single => "single",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegistrationCustomQuestionType {
    fn from(value: &str) -> Self {
        match value {
            "short" => Self::Short,
            "single" => Self::Single,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RegistrationCustomQuestionType);

impl crate::runtime::Check for RegistrationCustomQuestionType {}
/// A standard field of the registration form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegistrationQuestion {
    /// A standard registration field (email and first name are always asked).
    pub field_name: Option<RegistrationQuestionField>,
    /// Whether registrants must fill it in.
    pub required: Option<bool>,
}

crate::runtime::object_impls!(
    RegistrationQuestion { "field_name" => field_name optional, "required" => required
    optional }
);

impl crate::runtime::Check for RegistrationQuestion {}
/// A standard registration field (email and first name are always asked).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RegistrationQuestionField {
    /// `last_name`: Last name.
    LastName,
    /// `address`: Street address.
    Address,
    /// `city`: City.
    City,
    /// `country`: Country or region.
    Country,
    /// `zip`: ZIP or postal code.
    Zip,
    /// `state`: State or province.
    State,
    /// `phone`: Phone number.
    Phone,
    /// `industry`: Industry.
    Industry,
    /// `org`: Organisation.
    Org,
    /// `job_title`: Job title.
    JobTitle,
    /// `purchasing_time_frame`: Purchasing time frame.
    PurchasingTimeFrame,
    /// `role_in_purchase_process`: Role in purchasing.
    RoleInPurchaseProcess,
    /// `no_of_employees`: Number of employees.
    NoOfEmployees,
    /// `comments`: Questions and comments.
    Comments,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl RegistrationQuestionField {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LastName => "last_name",
            Self::Address => "address",
            Self::City => "city",
            Self::Country => "country",
            Self::Zip => "zip",
            Self::State => "state",
            Self::Phone => "phone",
            Self::Industry => "industry",
            Self::Org => "org",
            Self::JobTitle => "job_title",
            Self::PurchasingTimeFrame => "purchasing_time_frame",
            Self::RoleInPurchaseProcess => "role_in_purchase_process",
            Self::NoOfEmployees => "no_of_employees",
            Self::Comments => "comments",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for RegistrationQuestionField {
    fn from(value: &str) -> Self {
        match value {
            "last_name" => Self::LastName,
            "address" => Self::Address,
            "city" => Self::City,
            "country" => Self::Country,
            "zip" => Self::Zip,
            "state" => Self::State,
            "phone" => Self::Phone,
            "industry" => Self::Industry,
            "org" => Self::Org,
            "job_title" => Self::JobTitle,
            "purchasing_time_frame" => Self::PurchasingTimeFrame,
            "role_in_purchase_process" => Self::RoleInPurchaseProcess,
            "no_of_employees" => Self::NoOfEmployees,
            "comments" => Self::Comments,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(RegistrationQuestionField);

impl crate::runtime::Check for RegistrationQuestionField {}
/// The questions of a registration form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RegistrationQuestions {
    /// Standard fields shown on the form.
    pub questions: Option<Vec<RegistrationQuestion>>,
    /// The host's own questions.
    pub custom_questions: Option<Vec<RegistrationCustomQuestion>>,
}

crate::runtime::object_impls!(
    RegistrationQuestions { "questions" => questions optional, "custom_questions" =>
    custom_questions optional }
);

impl crate::runtime::Check for RegistrationQuestions {}
/// How registration works for a recurring session with a fixed time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegistrationType {
    /// `1`: One registration covers every occurrence.
    OnceForAll,
    /// `2`: A separate registration for each occurrence.
    EachOccurrence,
    /// `3`: One registration for the occurrences the registrant picks.
    OnceForChosen,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl RegistrationType {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::OnceForAll => 1,
            Self::EachOccurrence => 2,
            Self::OnceForChosen => 3,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for RegistrationType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::OnceForAll,
            2 => Self::EachOccurrence,
            3 => Self::OnceForChosen,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(RegistrationType);

impl crate::runtime::Check for RegistrationType {}
/// Sign language interpretation of a session. Languages must first be added in the web portal.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SignLanguageInterpretation {
    /// Turn sign language interpretation on; the user's setting applies when absent.
    pub enable: Option<bool>,
    /// The `interpreters` field.
    ///
    /// At most 20 items.
    pub interpreters: Option<Vec<SignLanguageInterpreter>>,
}

crate::runtime::object_impls!(
    SignLanguageInterpretation { "enable" => enable optional, "interpreters" =>
    interpreters optional }
);

impl crate::runtime::Check for SignLanguageInterpretation {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "interpreters",
            &self.interpreters,
            &crate::runtime::Rules {
                max_items: Some(20),
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// A sign language interpreter.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SignLanguageInterpreter {
    /// The `email` field.
    ///
    /// Format: `email`.
    pub email: Option<String>,
    /// Sign language name as listed in the user's settings, such as `American`.
    pub sign_language: Option<String>,
}

crate::runtime::object_impls!(
    SignLanguageInterpreter { "email" => email optional, "sign_language" => sign_language
    optional }
);

impl crate::runtime::Check for SignLanguageInterpreter {
    fn check_inside(&self, v: &mut crate::runtime::Validator) {
        v.field(
            "email",
            &self.email,
            &crate::runtime::Rules {
                email: true,
                ..crate::runtime::Rules::NONE
            },
        );
    }
}

/// A tracking field and its value for one session.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackingField {
    /// Label of the tracking field.
    pub field: String,
    /// The `value` field.
    pub value: Option<String>,
    /// Sent by Zoom only. Whether the field shows in the scheduling options of the web portal.
    pub visible: Option<bool>,
}

crate::runtime::object_impls!(
    TrackingField { "field" => field required, "value" => value optional, "visible" =>
    visible optional }
);

impl TrackingField {
    /// A value with the required fields set and every other one `None`.
    pub fn new(field: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            value: None,
            visible: None,
        }
    }
}

impl crate::runtime::Check for TrackingField {}
/// A virtual background file stored for a user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VirtualBackgroundFile {
    /// File ID.
    pub id: Option<String>,
    /// File name.
    pub name: Option<String>,
    /// Kind of virtual background file.
    pub type_: Option<VirtualBackgroundFileType>,
    /// Whether this is the default background.
    pub is_default: Option<bool>,
    /// File size in bytes.
    pub size: Option<i64>,
}

crate::runtime::object_impls!(
    VirtualBackgroundFile { "id" => id optional, "name" => name optional, "type" => type_
    optional, "is_default" => is_default optional, "size" => size optional }
);

impl crate::runtime::Check for VirtualBackgroundFile {}
/// Kind of virtual background file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum VirtualBackgroundFileType {
    /// `image`: Still image.
    Image,
    /// `video`: Video clip.
    Video,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(String),
}

impl VirtualBackgroundFileType {
    /// The value as Zoom writes it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Image => "image",
            Self::Video => "video",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for VirtualBackgroundFileType {
    fn from(value: &str) -> Self {
        match value {
            "image" => Self::Image,
            "video" => Self::Video,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

crate::runtime::string_enum_impls!(VirtualBackgroundFileType);

impl crate::runtime::Check for VirtualBackgroundFileType {}
/// Day of the week, counted from Sunday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WeekDay {
    /// `1`: Sunday.
    Sunday,
    /// `2`: Monday.
    Monday,
    /// `3`: Tuesday.
    Tuesday,
    /// `4`: Wednesday.
    Wednesday,
    /// `5`: Thursday.
    Thursday,
    /// `6`: Friday.
    Friday,
    /// `7`: Saturday.
    Saturday,
    /// A value this client does not know yet, kept as received and sent back unchanged.
    Unknown(i64),
}

impl WeekDay {
    /// The value as Zoom writes it.
    pub fn value(&self) -> i64 {
        match self {
            Self::Sunday => 1,
            Self::Monday => 2,
            Self::Tuesday => 3,
            Self::Wednesday => 4,
            Self::Thursday => 5,
            Self::Friday => 6,
            Self::Saturday => 7,
            Self::Unknown(value) => *value,
        }
    }
}

impl From<i64> for WeekDay {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Sunday,
            2 => Self::Monday,
            3 => Self::Tuesday,
            4 => Self::Wednesday,
            5 => Self::Thursday,
            6 => Self::Friday,
            7 => Self::Saturday,
            other => Self::Unknown(other),
        }
    }
}

crate::runtime::int_enum_impls!(WeekDay);

impl crate::runtime::Check for WeekDay {}
