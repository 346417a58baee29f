use crate::browser::load_file;
use crate::summary::Fetched;
use yew::platform::spawn_local;
use yew::prelude::*;

/// The words of the clinic's language `lang` (`clinic-lang`, when it is not the patient's),
/// fetched with `load` once `at_result` (embed/facts.<language>.txt): the summary then gives its
/// facts again in them, for the clinician. None until they have come, or if they cannot.
#[hook]
pub fn use_clinic_words(
    lang: Option<String>,
    load: Option<js_sys::Function>,
    at_result: bool,
) -> Option<Fetched> {
    let words = use_state(|| None::<(String, Fetched)>);
    {
        let words = words.clone();
        use_effect_with((lang.clone(), at_result), move |(lang, at_result)| {
            let fetched = words
                .as_ref()
                .is_some_and(|(l, _)| Some(l) == lang.as_ref());
            if let (Some(lang), Some(load), true, false) = (lang.clone(), load, *at_result, fetched)
            {
                spawn_local(async move {
                    if let Some(text) = load_file(&load, &["facts.", &lang, ".txt"].concat()).await
                    {
                        words.set(Some((lang, Fetched(text.into()))));
                    }
                });
            }
        });
    }
    match (&*words, lang) {
        (Some((fetched, words)), Some(lang)) if *fetched == lang => Some(words.clone()),
        _ => None,
    }
}
